package dev.huiyi.relate;

import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.Span;

import java.util.List;

/** Facts about the meeting as a whole. */
public record MeetingFacts(String meetingName, String publishedAt, MeetingDate meetingDate, String location,
                           MeetingMode mode, List<OrganizerRef> organizers, Span nameSpan) {
    public MeetingFacts {
        organizers = List.copyOf(organizers);
    }
}
