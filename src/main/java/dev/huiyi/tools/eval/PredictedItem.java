package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;

/**
 * One predicted item: its comparison key, its surface text, and where the prediction placed it (null if nowhere).
 *
 * @param <K> the comparison key: a normalised string, or a pair of them
 */
public record PredictedItem<K>(K key, String label, Span span) {
}
