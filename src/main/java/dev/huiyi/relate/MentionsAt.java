package dev.huiyi.relate;

import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * The mention that starts (or ends) at an offset, for one document, searched by halves. Over a table already in
 * order of start (the document's mentions are) the table's own column is searched, with no index at all; otherwise a
 * sorted array of {@code offset, index} pairs is made, 8 bytes a mention (a hash map of boxed offsets held about 50,
 * the most of a name list's peak memory after the mentions themselves).
 */
final class MentionsAt {
    private final List<Mention> mentions;
    /** The offset of the i-th entry in order of offset (stable: list order among equal offsets). */
    private final IntUnaryOperator offsetAt;
    /** The mention index of the i-th entry. */
    private final IntUnaryOperator indexAt;
    private final int size;

    private MentionsAt(List<Mention> mentions, IntUnaryOperator offsetAt, IntUnaryOperator indexAt) {
        this.mentions = mentions;
        this.offsetAt = offsetAt;
        this.indexAt = indexAt;
        this.size = mentions.size();
    }

    static MentionsAt starts(List<Mention> mentions) {
        if (mentions instanceof MentionTable table && table.sortedByStart()) {
            return new MentionsAt(mentions, table::start, i -> i);
        }
        return indexed(mentions, Mention::start);
    }

    static MentionsAt ends(List<Mention> mentions) {
        return indexed(mentions, Mention::end);
    }

    private static MentionsAt indexed(List<Mention> mentions, ToIntFunction<Mention> offset) {
        long[] keys = new long[mentions.size()]; // offset << 32 | index in mentions, sorted
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) offset.applyAsInt(mentions.get(i)) << 32) | i;
        }
        Arrays.sort(keys);
        return new MentionsAt(mentions, i -> (int) (keys[i] >> 32), i -> (int) keys[i]);
    }

    /** The first mention in list order at {@code offset} (as a map filled with putIfAbsent), or null. */
    Mention first(int offset) {
        int i = firstAtOrAfter(offset);
        return i < size && offsetAt.applyAsInt(i) == offset ? mentions.get(indexAt.applyAsInt(i)) : null;
    }

    /** The last mention in list order at {@code offset} (as a map filled with put), or null. */
    Mention last(int offset) {
        int i = firstAtOrAfter(offset + 1L) - 1;
        return i >= 0 && offsetAt.applyAsInt(i) == offset ? mentions.get(indexAt.applyAsInt(i)) : null;
    }

    private int firstAtOrAfter(long offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsetAt.applyAsInt(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
