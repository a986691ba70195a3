package dev.huiyi.api;

import java.time.LocalDate;

/** When the meeting was held: start, end (null for one day), the surface text and its span. */
public record MeetingDate(LocalDate start, LocalDate end, String text, Span span) {
}
