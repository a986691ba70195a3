package dev.huiyi.api;

/** One sentence or enumerated clause of substance, with who said it ({@code 会议} for the meeting itself). */
public record KeyPoint(String text, String speaker, Span span) {
}
