package dev.huiyi.recognize;

import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How overlapping candidates of one type are settled: the longest wins, then the higher confidence,
 * then the earlier start. Order of production never matters.
 */
public final class OverlapPolicy {
    private OverlapPolicy() {
    }

    public static List<Mention> longestThenPriority(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
                .thenComparingDouble(m -> -m.confidence())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
