package dev.huiyi.tools.eval;

import java.util.List;

/**
 * One gold item to be found: its comparison keys (any alias matches) and a label for missed-item reports.
 *
 * @param <K> the comparison key: a normalised string, or a pair of them
 */
public record GoldEntry<K>(List<K> aliases, String label) {
    public GoldEntry {
        aliases = List.copyOf(aliases);
        if (aliases.isEmpty()) {
            throw new IllegalArgumentException("gold entry without aliases: " + label);
        }
    }
}
