package dev.huiyi.resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable dictionary of surface strings to entries, with longest-match lookup at a position.
 * Used for titles, units, slogans and places: the lexicons are small enough for a hash per length.
 */
public final class Lexicon<V> {
    private final Map<String, V> entries;
    private final int maxLength;

    private Lexicon(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static <V> Lexicon<V> of(Map<String, V> entries) {
        return new Lexicon<>(new HashMap<>(entries));
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public int size() {
        return entries.size();
    }

    /** Length of the longest entry that starts at {@code from} in {@code text}, or 0. */
    public int longestAt(CharSequence text, int from) {
        int limit = Math.min(maxLength, text.length() - from);
        for (int len = limit; len > 0; len--) {
            if (entries.containsKey(text.subSequence(from, from + len).toString())) {
                return len;
            }
        }
        return 0;
    }

    /** Length of the longest entry that ends at {@code end} (exclusive) in {@code text}, or 0. */
    public int longestEndingAt(CharSequence text, int end) {
        int limit = Math.min(maxLength, end);
        for (int len = limit; len > 0; len--) {
            if (entries.containsKey(text.subSequence(end - len, end).toString())) {
                return len;
            }
        }
        return 0;
    }

    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
