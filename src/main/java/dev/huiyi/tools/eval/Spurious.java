package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;

/** A predicted item that matched no gold entry: its surface text and span (null when the prediction has none). */
public record Spurious(String text, Span span) {
}
