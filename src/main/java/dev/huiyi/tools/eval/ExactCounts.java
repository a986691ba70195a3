package dev.huiyi.tools.eval;

/** Exact-match counts of one scalar field (or of speaker attribution): matches out of total. */
public record ExactCounts(int matched, int total) {
    public static final ExactCounts ZERO = new ExactCounts(0, 0);

    public ExactCounts {
        if (matched < 0 || total < matched) {
            throw new IllegalArgumentException("bad exact counts " + matched + "/" + total);
        }
    }

    public static ExactCounts of(boolean match) {
        return new ExactCounts(match ? 1 : 0, 1);
    }

    public ExactCounts plus(ExactCounts other) {
        return new ExactCounts(matched + other.matched, total + other.total);
    }

    /** Share matched; 1.0 when there was nothing to match. */
    public double rate() {
        return total == 0 ? 1.0 : (double) matched / total;
    }
}
