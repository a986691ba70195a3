package dev.huiyi.tools.eval;

/** A key point in a gold file: who said it ({@code 会议} for the meeting itself, or null) and its text. */
public record GoldKeyPoint(String speaker, String text) {
}
