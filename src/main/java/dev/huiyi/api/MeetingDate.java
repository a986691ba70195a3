package dev.huiyi.api;

import java.time.LocalDate;

/**
 * When the meeting was held.
 *
 * @param start the first day
 * @param end   the last day of a stated span, or null for one day
 * @param text  the date as written ({@code 2021年11月29日})
 * @param span  where it is written
 */
public record MeetingDate(LocalDate start, LocalDate end, String text, Span span) {
}
