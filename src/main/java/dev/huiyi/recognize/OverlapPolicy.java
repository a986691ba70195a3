package dev.huiyi.recognize;

import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        // kept mentions never overlap, so the only one that can overlap a candidate is the last kept one starting
        // before the candidate's end: a sorted map answers in log time where a scan of all kept ones was quadratic
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : sorted) {
            Map.Entry<Integer, Mention> before = kept.lowerEntry(m.end());
            boolean overlaps = before != null && before.getValue().span().overlaps(m.span());
            if (!overlaps && m.span().length() == 0) {
                overlaps = kept.containsKey(m.start());
            }
            if (!overlaps) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
