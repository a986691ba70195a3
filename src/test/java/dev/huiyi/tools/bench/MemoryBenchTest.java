package dev.huiyi.tools.bench;

import dev.huiyi.SharedExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintStream;
import java.io.OutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory bench measures what it says. Its lower bound is what is certainly live at its last sample: the bench
 * still holds the document's text (2 bytes a character, CJK) and the result, which holds at least the decoded input
 * (2; the normalised text may be the same string) and the offsets back to it (4): a bench that read the wrong pools,
 * took its baseline after the document, or lost its last sample reports less. Its upper bound is twice the issue's
 * budget of 20 bytes a character (the collector rounds a large array up to whole heap regions, 1 MB under the tests'
 * heap): a wide band, for a gross regression (a boxed map per character or per name, about 50 bytes each), not for
 * the budget itself, which {@code huiyi bench --memory} reports.
 */
class MemoryBenchTest {
    private static final int KB = 256;

    @ParameterizedTest
    @EnumSource(value = AttackFamily.class, names = {"ENUMERATION_COMMAS", "REPEATED_REPORT"})
    void aFamilysPeakPerCharacterIsWhatTheDocumentAndItsResultHoldAtLeastAndWithinTheBudget(AttackFamily family) {
        MemoryBench bench = new MemoryBench(SharedExtractor.get(), new PrintStream(OutputStream.nullOutputStream()));
        bench.measure(family, 16); // classes loaded and lazy tables filled before the baseline, as the bench does

        MemoryBench.Point point = bench.measure(family, KB);

        assertThat(point.failure()).isNull();
        assertThat(point.samples()).isGreaterThanOrEqualTo(2);
        assertThat(point.bytesPerChar()).as(MemoryBench.format(point)).isBetween(6.0, 40.0);
    }
}
