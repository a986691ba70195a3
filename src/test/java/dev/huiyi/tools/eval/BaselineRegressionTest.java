package dev.huiyi.tools.eval;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Scores only move up (architecture, principle 11): the real extractor on each gold corpus must score at least
 * its committed {@code baseline.json}: {@code samples/} (the development corpus), {@code samples/heldout/} and
 * {@code samples/heldout2/} and {@code samples/heldout3/}
 * (annotated without looking at the extractor; never tuned on). Raising a baseline is a deliberate commit.
 */
class BaselineRegressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"samples", "samples/heldout", "samples/heldout2", "samples/heldout3"})
    void corpusScoresAtLeastItsBaseline(String corpus) throws Exception {
        Path samples = Path.of(corpus);
        Path baseline = samples.resolve("baseline.json");
        if (!Files.exists(baseline)) {
            fail(baseline + " does not exist: create it with `eval --write-baseline " + baseline + " " + samples
                    + "` and commit it");
        }
        MeetingExtractor extractor = MeetingExtractor.builder().build();
        CorpusScores scores = new Evaluator(p -> extractor.extract(Source.ofPath(p)).record()).evaluate(samples);

        List<String> regressions = Baseline.read(baseline).regressions(scores, 1e-9);

        assertThat(regressions)
                .as("metrics below %s:%n%s%n%s", baseline, String.join("\n", regressions),
                        ScoreTableFormatter.format(scores))
                .isEmpty();
    }
}
