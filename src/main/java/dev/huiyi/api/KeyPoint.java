package dev.huiyi.api;

/**
 * One sentence or enumerated clause of substance, with who said it.
 *
 * @param text    the sentence or clause, without its lead-in ({@code 他强调,})
 * @param speaker the speaker's name, {@code 会议} for resolutions of the meeting itself, or null
 * @param span    where the text is
 */
public record KeyPoint(String text, String speaker, Span span) {
}
