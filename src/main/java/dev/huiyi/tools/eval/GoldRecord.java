package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingMode;

import java.util.List;

/**
 * What a careful reader extracts from one report (the contract's "Gold files" section).
 *
 * <p>List entries of units, slogans and organizers are alias lists: any one alias matches. {@code meetingName}
 * is an alias list too (empty when the gold says null). Missing keys read as empty lists or null.
 */
public record GoldRecord(
        String title,
        List<String> meetingName,
        String publishedAt,
        GoldDate meetingDate,
        MeetingMode mode,
        String location,
        List<List<String>> organizers,
        List<List<String>> optionalOrganizers,
        List<GoldPerson> hosts,
        List<GoldPerson> speakers,
        List<GoldPerson> attendees,
        List<List<String>> participatingUnits,
        List<List<String>> optionalUnits,
        List<List<String>> slogans,
        List<List<String>> optionalSlogans,
        List<GoldKeyPoint> keyPoints,
        List<String> optionalKeyPoints) {

    public GoldRecord {
        meetingName = copy(meetingName);
        organizers = copyEntries(organizers);
        optionalOrganizers = copyEntries(optionalOrganizers);
        hosts = copy(hosts);
        speakers = copy(speakers);
        attendees = copy(attendees);
        participatingUnits = copyEntries(participatingUnits);
        optionalUnits = copyEntries(optionalUnits);
        slogans = copyEntries(slogans);
        optionalSlogans = copyEntries(optionalSlogans);
        keyPoints = copy(keyPoints);
        optionalKeyPoints = copy(optionalKeyPoints);
    }

    private static <T> List<T> copy(List<T> list) {
        return List.copyOf(list == null ? List.of() : list);
    }

    private static List<List<String>> copyEntries(List<List<String>> entries) {
        return entries == null ? List.of() : entries.stream().map(List::copyOf).toList();
    }
}
