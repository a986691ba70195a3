package dev.huiyi.api;

import java.util.List;

/**
 * The structured record of one report, field for field as in the contract, {@code src/site/markdown/meeting-record.md}
 * of the project (its JSON Schema: {@code dev/huiyi/schema/meeting-record.schema.json} in the jar).
 * Lists are never null; {@code text} is present only when the caller asked for it.
 *
 * @param schemaVersion      the contract's version, {@value #SCHEMA_VERSION}
 * @param source             what the record was built from
 * @param title              the report's headline, or null
 * @param meetingName        the meeting's own name, without organiser and verb, or null
 * @param publishedAt        when the report was published, to the precision its date line gives, or null
 * @param meetingDate        when the meeting was held, or null
 * @param location           where it was held ({@code 北京}, {@code 京西宾馆}), or null
 * @param mode               how it was held, or null
 * @param organizers         who convened it
 * @param hosts              who chaired it
 * @param speakers           named people who spoke
 * @param attendees          every named person the report places at the meeting, hosts and speakers included
 * @param participatingUnits organisations that took part as organisations
 * @param slogans            policy slogans and formulas
 * @param keyPoints          what was stressed, pointed out, required or proposed
 * @param text               the normalised text the spans point into, or null when not asked for
 * @param warnings           what the extractor could not do or doubts
 */
public record MeetingRecord(
        String schemaVersion,
        SourceInfo source,
        String title,
        String meetingName,
        PublishedAt publishedAt,
        MeetingDate meetingDate,
        String location,
        MeetingMode mode,
        List<Unit> organizers,
        List<Person> hosts,
        List<Speaker> speakers,
        List<Person> attendees,
        List<Unit> participatingUnits,
        List<Slogan> slogans,
        List<KeyPoint> keyPoints,
        String text,
        List<String> warnings) {

    /** The contract's version that records of this library follow (the JSON Schema's {@code schemaVersion}). */
    public static final String SCHEMA_VERSION = "1";

    /**
     * Lists given as null become empty, and every list is an unmodifiable copy.
     *
     * @param schemaVersion      the contract's version, {@value #SCHEMA_VERSION}
     * @param source             what the record was built from
     * @param title              the report's headline, or null
     * @param meetingName        the meeting's own name, without organiser and verb, or null
     * @param publishedAt        when the report was published, to the precision its date line gives, or null
     * @param meetingDate        when the meeting was held, or null
     * @param location           where it was held ({@code 北京}, {@code 京西宾馆}), or null
     * @param mode               how it was held, or null
     * @param organizers         who convened it
     * @param hosts              who chaired it
     * @param speakers           named people who spoke
     * @param attendees          every named person the report places at the meeting, hosts and speakers included
     * @param participatingUnits organisations that took part as organisations
     * @param slogans            policy slogans and formulas
     * @param keyPoints          what was stressed, pointed out, required or proposed
     * @param text               the normalised text the spans point into, or null when not asked for
     * @param warnings           what the extractor could not do or doubts
     */
    public MeetingRecord {
        organizers = List.copyOf(organizers == null ? List.of() : organizers);
        hosts = List.copyOf(hosts == null ? List.of() : hosts);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        participatingUnits = List.copyOf(participatingUnits == null ? List.of() : participatingUnits);
        slogans = List.copyOf(slogans == null ? List.of() : slogans);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /**
     * The same record with the normalised text attached or removed.
     *
     * @param normalisedText the text the spans point into, or null to remove it
     * @return a record equal to this one but for {@code text}
     */
    public MeetingRecord withText(String normalisedText) {
        return new MeetingRecord(schemaVersion, source, title, meetingName, publishedAt, meetingDate, location, mode,
                organizers, hosts, speakers, attendees, participatingUnits, slogans, keyPoints, normalisedText, warnings);
    }
}
