package dev.huiyi.text;

import dev.huiyi.api.Span;

/** One word of the segmented text with its part-of-speech tag (HanLP's tag set). */
public record Token(String text, String pos, Span span) {
}
