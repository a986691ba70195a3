package dev.huiyi.relate;

import dev.huiyi.text.Mention;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The mention that starts (or ends) at an offset, for one document, as a sorted array of {@code offset, index}
 * pairs searched by halves: a hash map of boxed offsets held about 50 bytes per mention, the most of a name list's
 * peak memory after the mentions themselves; this holds 8.
 */
final class MentionsAt {
    private final List<Mention> mentions;
    private final long[] keys; // offset << 32 | index in mentions, sorted

    private MentionsAt(List<Mention> mentions, ToIntFunction<Mention> offset) {
        this.mentions = mentions;
        this.keys = new long[mentions.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) offset.applyAsInt(mentions.get(i)) << 32) | i;
        }
        Arrays.sort(keys);
    }

    static MentionsAt starts(List<Mention> mentions) {
        return new MentionsAt(mentions, Mention::start);
    }

    static MentionsAt ends(List<Mention> mentions) {
        return new MentionsAt(mentions, Mention::end);
    }

    /** The first mention in list order at {@code offset} (as a map filled with putIfAbsent), or null. */
    Mention first(int offset) {
        int i = firstKeyAtOrAfter(offset);
        return i < keys.length && offsetOf(i) == offset ? mentions.get((int) keys[i]) : null;
    }

    /** The last mention in list order at {@code offset} (as a map filled with put), or null. */
    Mention last(int offset) {
        int i = firstKeyAtOrAfter(offset + 1) - 1;
        return i >= 0 && offsetOf(i) == offset ? mentions.get((int) keys[i]) : null;
    }

    private int offsetOf(int key) {
        return (int) (keys[key] >> 32);
    }

    private int firstKeyAtOrAfter(long offset) {
        long wanted = offset << 32;
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < wanted) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
