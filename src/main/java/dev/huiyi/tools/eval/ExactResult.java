package dev.huiyi.tools.eval;

/** One exact-match field on one report: whether it matched, and both values as printed in details. */
public record ExactResult(boolean matched, String gold, String predicted) {
    public ExactCounts counts() {
        return ExactCounts.of(matched);
    }
}
