package dev.huiyi.tools.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.huiyi.tools.eval.Prediction.gold;
import static dev.huiyi.tools.eval.Prediction.prediction;
import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {
    private static final GoldRecord GOLD = gold("""
            {"attendees": [{"name": "王志刚"}, {"name": "李萌"}], "title": "甲"}""");

    private static CorpusScores scores(String... attendees) {
        Prediction p = prediction().title("甲");
        for (String name : attendees) {
            p.attendee(name);
        }
        return new CorpusScores(List.of(ReportScorer.score("a.txt", GOLD, p.build())));
    }

    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        CorpusScores scores = scores("王志刚", "张三");
        Path file = dir.resolve("baseline.json");
        Baseline.of(scores).write(file);

        Baseline read = Baseline.read(file);

        assertThat(read.values()).isEqualTo(Baseline.of(scores).values());
        assertThat(read.values()).containsEntry("metrics.attendees.f1", 0.5)
                .containsEntry("exact.title.rate", 1.0).containsKey("keyPointSpeaker.rate");
        assertThat(read.reports()).isEqualTo(1);
        assertThat(read.regressions(scores, 1e-9)).isEmpty();
    }

    @Test
    void namesEveryValueBelowTheBaseline() {
        Baseline baseline = Baseline.of(scores("王志刚", "李萌"));
        List<String> regressions = baseline.regressions(scores("王志刚"), 1e-9);
        assertThat(regressions).hasSize(2)
                .anyMatch(r -> r.startsWith("metrics.attendees.recall: 0.500000 < baseline 1.000000"))
                .anyMatch(r -> r.startsWith("metrics.attendees.f1:"));
    }

    @Test
    void improvementsAndSmallNoiseAreNotRegressions() {
        Baseline baseline = Baseline.of(scores("王志刚", "张三"));
        assertThat(baseline.regressions(scores("王志刚", "李萌"), 1e-9)).isEmpty();
        assertThat(Baseline.of(scores("王志刚", "李萌")).regressions(scores("王志刚", "李萌", "张三"), 0.5)).isEmpty();
    }

    @Test
    void readsJsonOutputAsABaselineAndFlagsUnknownMetrics(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, ScoreJson.format(scores("王志刚", "李萌"), true));
        Baseline fromJson = Baseline.read(file);
        assertThat(fromJson.values()).isEqualTo(Baseline.of(scores("王志刚", "李萌")).values());

        Files.writeString(file, "{\"metrics\": {\"retired\": {\"f1\": 0.5}}, \"exact\": {\"title\": {\"rate\": 1.0}}}");
        assertThat(Baseline.read(file).regressions(scores("王志刚"), 1e-9))
                .containsExactly("metrics.retired.f1: in the baseline but no longer scored");
    }
}
