package dev.huiyi.text;

import java.util.function.IntBinaryOperator;

/**
 * A stable sort of an {@code int[]} by a comparator of ints: rows of a {@link MentionTable} are sorted as indexes,
 * where sorting the rows as objects would make an object of each (and {@code Integer[]} would box each index).
 */
public final class IntSort {
    private IntSort() {
    }

    /** Sorts {@code a} in place, equal elements keeping their order (a merge sort, with one buffer of a's size). */
    public static void stable(int[] a, IntBinaryOperator comparator) {
        int n = a.length;
        if (n < 2) {
            return;
        }
        int[] from = a;
        int[] to = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    // take from the right run only when strictly smaller: that keeps equal elements in order
                    to[k++] = comparator.applyAsInt(from[j], from[i]) < 0 ? from[j++] : from[i++];
                }
                while (i < mid) {
                    to[k++] = from[i++];
                }
                while (j < hi) {
                    to[k++] = from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }

    /** {@code 0, 1, …, n - 1}. */
    public static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
