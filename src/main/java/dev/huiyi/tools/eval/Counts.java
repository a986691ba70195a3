package dev.huiyi.tools.eval;

/**
 * Set-scoring counts of one metric, summed over reports for micro-averages.
 *
 * <p>{@code tp} counts gold items that were found and {@code predictedTp} predicted items that found one. They are
 * equal for one-to-one matching; key points differ, because one predicted point may cover two gold ones (the
 * contract scores recall on gold points found and precision on predicted points that are precise).
 * An empty side scores 1.0: nothing to find is fully recalled, nothing predicted is fully precise.
 */
public record Counts(int tp, int fp, int fn, int predictedTp) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0 || predictedTp < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn + "/" + predictedTp);
        }
    }

    /** One-to-one counts: every true positive is both a found gold item and a correct prediction. */
    public Counts(int tp, int fp, int fn) {
        this(tp, fp, fn, tp);
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn, predictedTp + other.predictedTp);
    }

    public double precision() {
        int predicted = predictedTp + fp;
        return predicted == 0 ? 1.0 : (double) predictedTp / predicted;
    }

    public double recall() {
        int gold = tp + fn;
        return gold == 0 ? 1.0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
