package dev.huiyi.eval;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Scores only move up (architecture, principle 11): the real extractor on {@code samples/} must score at least
 * the committed {@code samples/baseline.json}. Raising the baseline is a deliberate commit.
 */
class BaselineRegressionTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path BASELINE = SAMPLES.resolve("baseline.json");

    @Test
    void samplesScoreAtLeastTheBaseline() throws Exception {
        if (!Files.exists(BASELINE)) {
            fail(BASELINE + " does not exist: create it with `eval --write-baseline " + BASELINE + " " + SAMPLES
                    + "` and commit it");
        }
        MeetingExtractor extractor = MeetingExtractor.builder().build();
        CorpusScores scores = new Evaluator(p -> extractor.extract(Source.ofPath(p)).record()).evaluate(SAMPLES);

        List<String> regressions = Baseline.read(BASELINE).regressions(scores, 1e-9);

        assertThat(regressions)
                .as("metrics below %s:%n%s%n%s", BASELINE, String.join("\n", regressions),
                        ScoreTableFormatter.format(scores))
                .isEmpty();
    }
}
