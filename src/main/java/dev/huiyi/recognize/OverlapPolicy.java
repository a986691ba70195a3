package dev.huiyi.recognize;

import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.length())
                .thenComparingDouble(m -> -m.confidence())
                .thenComparingInt(Mention::start));
        // kept mentions never overlap, so the only one that can overlap a candidate is the last kept one starting
        // before the candidate's end: a sorted index answers in log time where a scan of all kept ones was quadratic
        Kept kept = new Kept(candidates);
        for (Mention m : sorted) {
            Mention before = kept.lastStartingBefore(m.end());
            boolean overlaps = before != null && before.start() < m.end() && m.start() < before.end();
            if (!overlaps && m.length() == 0) {
                overlaps = kept.startsAt(m.start());
            }
            if (!overlaps) {
                kept.put(m);
            }
        }
        return kept.inOrder();
    }

    /**
     * The kept mentions by start (at most one per start; a later one replaces it), over the candidates' starts only:
     * a sorted int array, a bit per start and a slot per start, about 8 bytes a candidate, where a tree map of boxed
     * offsets took about 56 a kept mention, in a document of endless names most of the heap.
     */
    private static final class Kept {
        private final int[] starts;
        private final Mention[] byStart;
        private final BitSet present;

        Kept(List<Mention> candidates) {
            int[] all = new int[candidates.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = candidates.get(i).start();
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            starts = Arrays.copyOf(all, distinct);
            byStart = new Mention[distinct];
            present = new BitSet(distinct);
        }

        /** The kept mention with the greatest start below {@code pos}, or null. */
        Mention lastStartingBefore(int pos) {
            int i = Arrays.binarySearch(starts, pos);
            int below = (i >= 0 ? i : -i - 1) - 1; // the last index whose start is < pos
            int k = below < 0 ? -1 : present.previousSetBit(below);
            return k < 0 ? null : byStart[k];
        }

        boolean startsAt(int pos) {
            int i = Arrays.binarySearch(starts, pos);
            return i >= 0 && present.get(i);
        }

        void put(Mention m) {
            int i = Arrays.binarySearch(starts, m.start());
            byStart[i] = m;
            present.set(i);
        }

        List<Mention> inOrder() {
            List<Mention> out = new ArrayList<>(present.cardinality());
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                out.add(byStart[i]);
            }
            return out;
        }
    }
}
