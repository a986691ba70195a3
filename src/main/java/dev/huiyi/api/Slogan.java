package dev.huiyi.api;

import java.util.List;

/**
 * A policy slogan or formula, without quotation marks, with how often it occurs.
 *
 * @param text     the slogan without quotation marks ({@code 两个维护})
 * @param count    how often the report has it
 * @param mentions where
 */
public record Slogan(String text, int count, List<Span> mentions) {
    /**
     * Lists given as null become empty, and every list is an unmodifiable copy.
     *
     * @param text     the slogan without quotation marks ({@code 两个维护})
     * @param count    how often the report has it
     * @param mentions where
     */
    public Slogan {
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
