package dev.huiyi.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things sorted by a position (tokens by start, mentions by start or end). */
public final class Positions {
    private Positions() {
    }

    /** Index of the first element whose key is at least {@code pos} ({@code sorted.size()} if none). */
    public static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> key, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
