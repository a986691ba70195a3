package dev.huiyi.text;

import dev.huiyi.api.Span;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An unmodifiable list of spans held as one {@code long} each, a {@link Span} made only when one is read: the
 * mentions of a person named a hundred thousand times in a hostile list took a 24-byte object and a reference each,
 * 8 bytes a character of the document; here they take 8 bytes a mention.
 */
public final class SpanList extends AbstractList<Span> implements RandomAccess {
    private static final long[] NONE = new long[0];
    private final long[] packed; // start << 32 | end

    private SpanList(long[] packed) {
        this.packed = packed;
    }

    @Override
    public Span get(int index) {
        long p = packed[checked(index)];
        return new Span((int) (p >>> 32), (int) p);
    }

    @Override
    public int size() {
        return packed.length;
    }

    private int checked(int index) {
        if (index < 0 || index >= packed.length) {
            throw new IndexOutOfBoundsException("span " + index + " of " + packed.length);
        }
        return index;
    }

    /** Collects spans; {@link #build()} gives them in the order they were added, or sorted. */
    public static final class Builder {
        private long[] packed = NONE;
        private int size;

        public Builder add(int start, int end) {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, Math.max(4, size + (size >> 1)));
            }
            packed[size++] = (long) start << 32 | end;
            return this;
        }

        public int size() {
            return size;
        }

        /** The spans in {@link Span}'s order: by start, the longer first. */
        public SpanList buildSorted() {
            long[] keys = Arrays.copyOf(packed, size);
            // sorted as start << 32 | (MAX - end): ascending start, then descending end, as Span.compareTo
            for (int i = 0; i < keys.length; i++) {
                keys[i] = keys[i] & ~0xFFFF_FFFFL | (Integer.MAX_VALUE - (int) keys[i]);
            }
            Arrays.sort(keys);
            for (int i = 0; i < keys.length; i++) {
                keys[i] = keys[i] & ~0xFFFF_FFFFL | (Integer.MAX_VALUE - (int) keys[i]);
            }
            return new SpanList(keys);
        }

        public SpanList build() {
            return new SpanList(Arrays.copyOf(packed, size));
        }
    }
}
