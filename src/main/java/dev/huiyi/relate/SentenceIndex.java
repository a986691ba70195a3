package dev.huiyi.relate;

import java.util.Arrays;

/**
 * Every sentence end of one document, found once: {@link Sentences#startOf}/{@link Sentences#endOf} by binary search,
 * for readers that ask about many positions of a long text (a scan per question was quadratic in one endless
 * sentence).
 */
final class SentenceIndex {
    private final int length;
    private final int[] terminators;

    SentenceIndex(String text) {
        length = text.length();
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Sentences.isTerminator(text, i)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        terminators = Arrays.copyOf(found, n);
    }

    /** Same as {@link Sentences#startOf}. */
    int startOf(int at) {
        int i = firstAtOrAfter(at) - 1; // last terminator before `at`
        return i < 0 ? 0 : terminators[i] + 1;
    }

    /** Same as {@link Sentences#endOf}. */
    int endOf(int at) {
        int i = firstAtOrAfter(at);
        return i < terminators.length ? terminators[i] : length;
    }

    private int firstAtOrAfter(int pos) {
        int i = Arrays.binarySearch(terminators, pos);
        return i >= 0 ? i : -i - 1;
    }
}
