package dev.huiyi.segment;

import dev.huiyi.text.Tokens;

/** Splits normalised text into words with offsets. Implementations are thread-safe. */
public interface Segmenter {
    Tokens segment(String text);
}
