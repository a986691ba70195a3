package dev.huiyi.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a segmented text, in text order, with their part-of-speech tags (HanLP's tag set), held as parallel
 * arrays: two offsets and a tag code per word, about 10 bytes, where an object per word holding its own strings
 * took about 100 — in a hostile document of one-character words that was most of the heap. A word's text is cut
 * from the text only when asked for.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final char[] tagCodes;
    private final String[] tags;

    private Tokens(String text, int[] starts, int[] ends, char[] tagCodes, String[] tags) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.tagCodes = tagCodes;
        this.tags = tags;
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The part-of-speech tag of word {@code i} (one shared string per distinct tag). */
    public String pos(int i) {
        return tags[tagCodes[i]];
    }

    /** The word itself, cut from the text now. */
    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Index of the first word starting at or after {@code pos} ({@link #size()} if none). */
    public int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first word starting exactly at {@code pos}, or -1. */
    public int startingAt(int pos) {
        int i = firstStartingAtOrAfter(pos);
        return i < starts.length && starts[i] == pos ? i : -1;
    }

    /** Collects words in text order; the arrays grow by half, so building costs at most 1.5× the final size. */
    public static final class Builder {
        private final String text;
        private final Map<String, Character> codes = new HashMap<>();
        private String[] tags = new String[16];
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private char[] tagCodes = new char[64];
        private int size;

        public Builder(String text) {
            this.text = text;
        }

        /** Adds the word {@code [start, end)}; words are added in text order (the searches above rely on it). */
        public Builder add(int start, int end, String pos) {
            if (size == starts.length) {
                int capacity = size + (size >> 1);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                tagCodes = Arrays.copyOf(tagCodes, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            tagCodes[size] = codeOf(pos);
            size++;
            return this;
        }

        private char codeOf(String pos) {
            return codes.computeIfAbsent(pos, p -> {
                int code = codes.size();
                if (code == tags.length) {
                    tags = Arrays.copyOf(tags, code * 2);
                }
                tags[code] = p;
                return (char) code;
            });
        }

        public Tokens build() {
            return new Tokens(text, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                    Arrays.copyOf(tagCodes, size), Arrays.copyOf(tags, codes.size()));
        }
    }
}
