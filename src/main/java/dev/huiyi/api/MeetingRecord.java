package dev.huiyi.api;

import java.util.List;

/**
 * The structured record of one report, field for field as in the contract, {@code src/site/markdown/meeting-record.md}
 * of the project (its JSON Schema: {@code dev/huiyi/schema/meeting-record.schema.json} in the jar).
 * Lists are never null; {@code text} is present only when the caller asked for it.
 */
public record MeetingRecord(
        String schemaVersion,
        SourceInfo source,
        String title,
        String meetingName,
        String publishedAt,
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

    public static final String SCHEMA_VERSION = "1";

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

    /** The same record with the normalised text attached (or removed, with null). */
    public MeetingRecord withText(String normalisedText) {
        return new MeetingRecord(schemaVersion, source, title, meetingName, publishedAt, meetingDate, location, mode,
                organizers, hosts, speakers, attendees, participatingUnits, slogans, keyPoints, normalisedText, warnings);
    }
}
