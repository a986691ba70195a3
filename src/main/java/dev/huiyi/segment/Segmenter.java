package dev.huiyi.segment;

import dev.huiyi.text.Token;

import java.util.List;

/** Splits normalised text into words with offsets. Implementations are thread-safe. */
public interface Segmenter {
    List<Token> segment(String text);
}
