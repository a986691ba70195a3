package dev.huiyi.tools.eval;

/**
 * The contract's key point rule: a predicted point finds a gold one when it holds at least 60% of the gold
 * characters in order (longest common subsequence) and is not much longer (gold ≥ 30% of the predicted length).
 * The length guard keeps a whole paragraph from "finding" every sentence in it. Both texts are comparison keys.
 */
public final class KeyPointRule {
    private KeyPointRule() {
    }

    public static boolean finds(String predicted, String gold) {
        return finds(lcs(gold, predicted), gold.length(), predicted.length());
    }

    /** The rule on precomputed lengths; integer arithmetic so that the 60% and 30% bounds are exact. */
    static boolean finds(int lcs, int goldLength, int predictedLength) {
        return goldLength > 0 && 5 * lcs >= 3 * goldLength && 10 * goldLength >= 3 * predictedLength;
    }

    /** Length of the longest common subsequence, in UTF-16 units (two rolling rows). */
    public static int lcs(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = c == b.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
