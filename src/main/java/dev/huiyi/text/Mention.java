package dev.huiyi.text;

import dev.huiyi.api.MentionType;
import dev.huiyi.api.Span;

/**
 * One recognised piece of the text: its type, where it is, what it says, its normalised value
 * (e.g. an ISO date, a unit kind), which rule produced it and how sure that rule is.
 */
public record Mention(MentionType type, Span span, String surface, String value, String provenance, double confidence) {
    public Mention {
        if (surface.length() != span.length()) {
            throw new IllegalArgumentException("surface '" + surface + "' does not fit " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
