package dev.huiyi.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a segmented text, in text order, with their part-of-speech tags (HanLP's tag set), held as parallel
 * arrays: an offset and a tag code per word, about 6 bytes, where an object per word holding its own strings took
 * about 100 — in a hostile document of one-character words that was most of the heap. A word's end is the next
 * word's start while the words tile the text (HanLP's do), so ends are stored only once a gap or an overlap shows.
 * The arrays are blocks of a fixed size, so that growing never copies (a copy held the old and the new arrays at
 * once). A word's text is cut from the text only when asked for.
 */
public final class Tokens {
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int IN_BLOCK = BLOCK - 1;

    private final String text;
    private final int[][] starts;
    private final int[][] ends; // null while every word ends where the next starts
    private final int lastEnd;
    private final char[][] tagCodes;
    private final String[] tags;
    private final int size;

    private Tokens(String text, int[][] starts, int[][] ends, int lastEnd, char[][] tagCodes, String[] tags, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lastEnd = lastEnd;
        this.tagCodes = tagCodes;
        this.tags = tags;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[checked(i) >>> BLOCK_BITS][i & IN_BLOCK];
    }

    public int end(int i) {
        if (ends == null) {
            return checked(i) + 1 < size ? start(i + 1) : lastEnd;
        }
        return ends[checked(i) >>> BLOCK_BITS][i & IN_BLOCK];
    }

    /** Whether each word's end is stored, not read from the next word's start (words that do not tile the text). */
    boolean storesEnds() {
        return ends != null;
    }

    /** The part-of-speech tag of word {@code i} (one shared string per distinct tag). */
    public String pos(int i) {
        return tags[tagCodes[checked(i) >>> BLOCK_BITS][i & IN_BLOCK]];
    }

    /** The word itself, cut from the text now. */
    public String text(int i) {
        return text.substring(start(i), end(i));
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("word " + i + " of " + size);
        }
        return i;
    }

    /** Index of the first word starting at or after {@code pos} ({@link #size()} if none). */
    public int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where a name read leftwards from {@code before} starts once running text is cut off: the end of the last word
     * in {@code [from, before)} whose part of speech is one of {@code pos} (奋力推动|学院, 随后|市委副书记), else
     * {@code from}. Only words starting in the range are looked at (a search, not a scan per question).
     */
    public int afterLastTagged(int from, int before, java.util.Set<String> pos) {
        return afterLastTagged(from, before, pos, 1);
    }

    /** As {@link #afterLastTagged(int, int, java.util.Set)}, for words of at least {@code minLength} characters. */
    public int afterLastTagged(int from, int before, java.util.Set<String> pos, int minLength) {
        int start = from;
        for (int t = firstStartingAtOrAfter(from); t < size && start(t) < before; t++) {
            if (end(t) <= before && end(t) - start(t) >= minLength && pos.contains(pos(t))) {
                start = Math.max(start, end(t));
            }
        }
        return start;
    }

    /** Index of the first word starting exactly at {@code pos}, or -1. */
    public int startingAt(int pos) {
        int i = firstStartingAtOrAfter(pos);
        return i < size && start(i) == pos ? i : -1;
    }

    /** Collects words in text order, a block at a time. */
    public static final class Builder {
        private final String text;
        private final Map<String, Character> codes = new HashMap<>();
        private String[] tags = new String[16];
        private int[][] starts = new int[1][];
        private int[][] ends; // made at the first word that does not start where the one before ended
        private char[][] tagCodes = new char[1][];
        private int size;
        private int lastEnd;

        public Builder(String text) {
            this.text = text;
        }

        /** Adds the word {@code [start, end)}; words are added in text order (the searches above rely on it). */
        public Builder add(int start, int end, String pos) {
            if (ends == null && size > 0 && start != lastEnd) {
                storeEnds();
            }
            int block = size >>> BLOCK_BITS;
            if (block == starts.length) {
                // the block tables grow (a few bytes per 4,096 words); the blocks themselves never move
                starts = Arrays.copyOf(starts, block * 2);
                tagCodes = Arrays.copyOf(tagCodes, block * 2);
                if (ends != null) {
                    ends = Arrays.copyOf(ends, block * 2);
                }
            }
            if (starts[block] == null) {
                // the first block is as small as a short report needs; later ones are whole
                int length = block == 0 ? Math.min(BLOCK, Math.max(64, text.length() / 2)) : BLOCK;
                starts[block] = new int[length];
                tagCodes[block] = new char[length];
                if (ends != null) {
                    ends[block] = new int[length];
                }
            }
            int at = size & IN_BLOCK;
            if (at == starts[block].length) {
                starts[block] = Arrays.copyOf(starts[block], BLOCK);
                tagCodes[block] = Arrays.copyOf(tagCodes[block], BLOCK);
                if (ends != null) {
                    ends[block] = Arrays.copyOf(ends[block], BLOCK);
                }
            }
            starts[block][at] = start;
            if (ends != null) {
                ends[block][at] = end;
            }
            tagCodes[block][at] = codeOf(pos);
            size++;
            lastEnd = end;
            return this;
        }

        /** From now on every end is stored: those so far are the next word's start, the last one's is lastEnd. */
        private void storeEnds() {
            ends = new int[starts.length][];
            for (int b = 0; b < starts.length && starts[b] != null; b++) {
                ends[b] = new int[starts[b].length];
            }
            for (int i = 0; i < size; i++) {
                ends[i >>> BLOCK_BITS][i & IN_BLOCK] = i + 1 < size ? starts[(i + 1) >>> BLOCK_BITS][(i + 1) & IN_BLOCK] : lastEnd;
            }
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
            return new Tokens(text, starts, ends, lastEnd, tagCodes, Arrays.copyOf(tags, codes.size()), size);
        }
    }
}
