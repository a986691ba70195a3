package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;

import java.util.List;

/** Small helpers shared by the scorers: blank keys count as absent, labels for alias lists, first spans. */
final class Keys {
    private Keys() {
    }

    /** The comparison key of a text, null when the text is absent or only whitespace. */
    static String plain(String text) {
        return nonEmpty(TextKey.of(text));
    }

    /** The quote-insensitive comparison key, null when absent or empty. */
    static String unquoted(String text) {
        return nonEmpty(TextKey.unquoted(text));
    }

    static String label(List<String> aliases) {
        return String.join(" | ", aliases);
    }

    static Span first(List<Span> mentions) {
        return mentions == null || mentions.isEmpty() ? null : mentions.get(0);
    }

    private static String nonEmpty(String key) {
        return key == null || key.isEmpty() ? null : key;
    }
}
