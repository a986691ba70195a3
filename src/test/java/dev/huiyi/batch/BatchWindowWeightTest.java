package dev.huiyi.batch;

import dev.huiyi.io.InputItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Large inputs take more places in the batch window, so the bytes in flight stay under an eighth of the heap. */
class BatchWindowWeightTest {
    private static final int WINDOW = 8;
    private static final long SHARE = Math.max(Runtime.getRuntime().maxMemory() / 8 / WINDOW, 1);

    private static InputItem input(long bytes) {
        return new InputItem("a.txt", "a.txt", null, null, bytes);
    }

    @Test
    void aSmallInputTakesOnePlace() {
        assertThat(BatchRunner.weight(input(10_000), WINDOW)).isEqualTo(1);
    }

    @Test
    void anInputOfSeveralSharesTakesAPlaceForEach() {
        assertThat(BatchRunner.weight(input(3 * SHARE), WINDOW)).isEqualTo(4);
    }

    @Test
    void anInputLargerThanTheWindowsShareRunsAlone() {
        assertThat(BatchRunner.weight(input(100 * SHARE), WINDOW)).isEqualTo(WINDOW);
    }
}
