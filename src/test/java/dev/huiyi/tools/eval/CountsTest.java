package dev.huiyi.tools.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountsTest {
    @Test
    void precisionRecallF1() {
        Counts c = new Counts(3, 1, 2);
        assertThat(c.precision()).isEqualTo(0.75);
        assertThat(c.recall()).isEqualTo(0.6);
        assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    }

    @Test
    void nothingGoldAndNothingPredictedIsPerfect() {
        assertThat(Counts.ZERO.precision()).isEqualTo(1.0);
        assertThat(Counts.ZERO.recall()).isEqualTo(1.0);
        assertThat(Counts.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void onlyWrongPredictionsScoreZero() {
        Counts c = new Counts(0, 2, 0);
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(new Counts(0, 1, 1).f1()).isZero();
    }

    @Test
    void sumsForMicroAverages() {
        assertThat(new Counts(1, 2, 3).plus(new Counts(4, 5, 6, 3))).isEqualTo(new Counts(5, 7, 9, 4));
    }

    @Test
    void precisionUsesPredictedTruePositives() {
        Counts c = new Counts(2, 1, 0, 1);
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.precision()).isEqualTo(0.5);
    }

    @Test
    void exactRate() {
        assertThat(ExactCounts.ZERO.rate()).isEqualTo(1.0);
        assertThat(ExactCounts.of(true).plus(ExactCounts.of(false)).rate()).isEqualTo(0.5);
    }
}
