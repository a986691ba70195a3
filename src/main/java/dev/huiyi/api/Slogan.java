package dev.huiyi.api;

import java.util.List;

/** A policy slogan or formula, without quotation marks, with how often it occurs. */
public record Slogan(String text, int count, List<Span> mentions) {
    public Slogan {
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
