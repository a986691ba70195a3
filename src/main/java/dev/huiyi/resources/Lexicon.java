package dev.huiyi.resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable dictionary of surface strings to entries, with longest-match lookup at a position.
 * Used for titles, units, slogans and places: a hash for exact lookup, char tries (forwards and backwards) for
 * longest match.
 */
public final class Lexicon<V> {
    private final Map<String, V> entries;
    private final CharTrie forwards;
    private final CharTrie backwards;

    private Lexicon(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.forwards = CharTrie.of(this.entries.keySet(), false);
        this.backwards = CharTrie.of(this.entries.keySet(), true);
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
        return forwards.longestAt(text, from);
    }

    /** Length of the longest entry that ends at {@code end} (exclusive) in {@code text}, or 0. */
    public int longestEndingAt(CharSequence text, int end) {
        return backwards.longestEndingAt(text, end);
    }

    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
