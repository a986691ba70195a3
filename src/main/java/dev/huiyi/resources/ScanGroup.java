package dev.huiyi.resources;

import dev.huiyi.text.Deadline;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;

/**
 * Data regexes searched through the same texts, in one pass. Each {@link ScanPattern} rules out the positions whose
 * character no match of it can start with, but it reads every character of the text to do so: with dozens of rules
 * per text (the unit triggers, the layout rules) that reading, not the regex engine, was most of their cost. A group
 * reads the text once, looks each character up in one table (which patterns may start with it, learnt lazily from
 * the patterns' own indexes and shared by all threads), and hands each pattern the list of its possible starts.
 * {@link Starts#find} then finds exactly what {@link ScanPattern#find} finds.
 */
public final class ScanGroup {
    private static final long[] NO_PATTERN = new long[0];
    /**
     * Most possible starts kept per character of a text (a report has under one; the slack covers short lines):
     * past it (one character repeated, each possible start of many patterns) the lists would outgrow the text many
     * times over, and each pattern reads the text on its own instead, in constant memory.
     */
    private static final int MAX_STARTS_PER_CHAR = 4;
    private static final int STARTS_SLACK = 4096;

    private final List<ScanPattern> patterns;
    /** Patterns searched through their own {@link ScanPattern#find} (not indexed, or anchored at the start). */
    private final boolean[] scannedAlone;
    /** Per character: a bit per pattern that may start a match with it (null: not learnt yet). */
    private final AtomicReferenceArray<long[]> startMasks = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

    private ScanGroup(List<ScanPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.scannedAlone = new boolean[this.patterns.size()];
        for (int k = 0; k < scannedAlone.length; k++) {
            ScanPattern p = this.patterns.get(k);
            scannedAlone[k] = !p.indexed() || p.anchoredAtStart();
        }
    }

    public static ScanGroup of(List<ScanPattern> patterns) {
        return new ScanGroup(patterns);
    }

    /** The possible starts of every pattern of the group in {@code text}. */
    public Starts startsIn(CharSequence text) {
        CharSequence read = Deadline.guard(text); // a huge text still checks the time budget
        int n = read.length();
        int[] counts = new int[patterns.size() + 1];
        for (int i = 0; i < n; i++) {
            long[] mask = maskOf(read.charAt(i));
            for (int w = 0; w < mask.length; w++) {
                for (long bits = mask[w]; bits != 0; bits &= bits - 1) {
                    counts[(w << 6) + Long.numberOfTrailingZeros(bits) + 1]++;
                }
            }
        }
        int[] offsets = new int[patterns.size() + 1];
        for (int k = 1; k <= patterns.size(); k++) {
            offsets[k] = offsets[k - 1] + counts[k];
        }
        if (offsets[patterns.size()] > (long) MAX_STARTS_PER_CHAR * n + STARTS_SLACK) {
            return new Starts(null, null);
        }
        int[] positions = new int[offsets[patterns.size()]];
        int[] next = Arrays.copyOf(offsets, patterns.size());
        for (int i = 0; i < n; i++) {
            long[] mask = maskOf(read.charAt(i));
            for (int w = 0; w < mask.length; w++) {
                for (long bits = mask[w]; bits != 0; bits &= bits - 1) {
                    positions[next[(w << 6) + Long.numberOfTrailingZeros(bits)]++] = i;
                }
            }
        }
        return new Starts(offsets, positions);
    }

    private long[] maskOf(char c) {
        long[] mask = startMasks.getOpaque(c);
        if (mask == null) {
            mask = learn(c);
            startMasks.setOpaque(c, mask);
        }
        return mask;
    }

    /** Racing threads work out the same mask; either copy may stay. */
    private long[] learn(char c) {
        long[] mask = new long[(patterns.size() + 63) >>> 6];
        boolean any = false;
        for (int k = 0; k < patterns.size(); k++) {
            if (!scannedAlone[k] && patterns.get(k).mayStartWith(c)) {
                mask[k >>> 6] |= 1L << (k & 63);
                any = true;
            }
        }
        return any ? mask : NO_PATTERN;
    }

    /** The possible starts of each pattern in one text, ascending; none kept when there were too many. */
    public final class Starts {
        /** Null when every pattern reads the text on its own (too many possible starts to keep). */
        private final int[] offsets;
        private final int[] positions;

        private Starts(int[] offsets, int[] positions) {
            this.offsets = offsets;
            this.positions = positions;
        }

        /**
         * What {@code patterns.get(k).find(m, text, from, to)} returns, with the matcher in the same state;
         * {@code text}
         * is the text these starts were read from.
         */
        public boolean find(int k, Matcher m, CharSequence text, int from, int to) {
            ScanPattern pattern = patterns.get(k);
            if (offsets == null || scannedAlone[k]) {
                return pattern.find(m, text, from, to);
            }
            int at = firstAtOrAfter(k, from);
            return pattern.findFromStarts(m, from, to, text.length(), positions, at, offsets[k + 1]);
        }

        /** Whether pattern {@code k} occurs in the text (like {@link ScanPattern#occursIn}). */
        public boolean occurs(int k, CharSequence text) {
            ScanPattern pattern = patterns.get(k);
            if (offsets != null && !scannedAlone[k] && offsets[k] == offsets[k + 1]) {
                return false;
            }
            return find(k, pattern.matcher(text), text, 0, text.length());
        }

        /** Index into {@code positions} of pattern k's first start at or after {@code from}. */
        private int firstAtOrAfter(int k, int from) {
            int lo = offsets[k];
            int hi = offsets[k + 1];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
