package dev.huiyi.recognize;

import dev.huiyi.text.IntSort;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * How overlapping candidates of one type are settled: the longest wins, then the higher confidence,
 * then the earlier start. Order of production never matters.
 *
 * <p>Works on candidate indexes, never on copies of the candidates: a {@link MentionTable} of candidates is settled
 * without making an object of any of them, and gives a table back; any other list gives a list of its own objects.
 */
public final class OverlapPolicy {
    private OverlapPolicy() {
    }

    public static List<Mention> longestThenPriority(List<Mention> candidates) {
        IntUnaryOperator start;
        IntUnaryOperator end;
        IntToDoubleFunction confidence;
        if (candidates instanceof MentionTable table) {
            start = table::start;
            end = table::end;
            confidence = table::confidence;
        } else {
            start = i -> candidates.get(i).start();
            end = i -> candidates.get(i).end();
            confidence = i -> candidates.get(i).confidence();
        }
        if (apartInOrder(candidates.size(), start, end)) {
            // nothing to settle (a list of names): every candidate is kept, in the order given, with no index made
            return candidates instanceof MentionTable table ? table.rows(IntSort.identity(table.size()))
                    : new ArrayList<>(candidates);
        }
        int[] order = IntSort.identity(candidates.size());
        // a stable sort, as List.sort of the candidates was
        IntSort.stable(order, (a, b) -> {
            // the longer first: by -length, as Comparator.comparingInt(m -> -m.length())
            int byLength = Integer.compare(start.applyAsInt(a) - end.applyAsInt(a), start.applyAsInt(b) - end.applyAsInt(b));
            if (byLength != 0) {
                return byLength;
            }
            int byConfidence = Double.compare(-confidence.applyAsDouble(a), -confidence.applyAsDouble(b));
            return byConfidence != 0 ? byConfidence : Integer.compare(start.applyAsInt(a), start.applyAsInt(b));
        });
        // kept mentions never overlap, so the only one that can overlap a candidate is the last kept one starting
        // before the candidate's end: a sorted index answers in log time where a scan of all kept ones was quadratic
        Kept kept = new Kept(candidates.size(), start);
        for (int m : order) {
            int mStart = start.applyAsInt(m);
            int mEnd = end.applyAsInt(m);
            int before = kept.lastStartingBefore(mEnd);
            boolean overlaps = before >= 0 && start.applyAsInt(before) < mEnd && mStart < end.applyAsInt(before);
            if (!overlaps && mEnd == mStart) {
                overlaps = kept.startsAt(mStart);
            }
            if (!overlaps) {
                kept.put(m, mStart);
            }
        }
        int[] rows = kept.inOrder();
        if (candidates instanceof MentionTable table) {
            return table.rows(rows);
        }
        List<Mention> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(candidates.get(r));
        }
        return out;
    }

    /** Whether each candidate is non-empty and ends at or before the next one starts: then none overlaps another. */
    private static boolean apartInOrder(int size, IntUnaryOperator start, IntUnaryOperator end) {
        for (int i = 0; i < size; i++) {
            if (end.applyAsInt(i) <= start.applyAsInt(i) || i + 1 < size && end.applyAsInt(i) > start.applyAsInt(i + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The kept candidates by start (at most one per start; a later one replaces it), over the candidates' starts only:
     * a sorted int array, a bit per start and a candidate index per start, about 8 bytes a candidate, where a tree map
     * of boxed offsets took about 56 a kept mention, in a document of endless names most of the heap.
     */
    private static final class Kept {
        private final int[] starts;
        private final int[] byStart;
        private final BitSet present;

        Kept(int candidates, IntUnaryOperator start) {
            int[] all = new int[candidates];
            for (int i = 0; i < all.length; i++) {
                all[i] = start.applyAsInt(i);
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            starts = Arrays.copyOf(all, distinct);
            byStart = new int[distinct];
            present = new BitSet(distinct);
        }

        /** The kept candidate with the greatest start below {@code pos}, or -1. */
        int lastStartingBefore(int pos) {
            int i = Arrays.binarySearch(starts, pos);
            int below = (i >= 0 ? i : -i - 1) - 1; // the last index whose start is < pos
            int k = below < 0 ? -1 : present.previousSetBit(below);
            return k < 0 ? -1 : byStart[k];
        }

        boolean startsAt(int pos) {
            int i = Arrays.binarySearch(starts, pos);
            return i >= 0 && present.get(i);
        }

        void put(int candidate, int start) {
            int i = Arrays.binarySearch(starts, start);
            byStart[i] = candidate;
            present.set(i);
        }

        /** The kept candidates in order of start. */
        int[] inOrder() {
            int[] out = new int[present.cardinality()];
            int n = 0;
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                out[n++] = byStart[i];
            }
            return out;
        }
    }
}
