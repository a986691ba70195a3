package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.huiyi.tools.eval.Prediction.prediction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatorTest {
    private static final String GOLD = """
            {"attendees": [{"name": "王志刚"}, {"name": "李萌"}], "mode": "VIDEO"}""";

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void findsReportsWithGoldSortedByName() throws IOException {
        write("b.html", "x");
        write("b.gold.json", GOLD);
        write("a.txt", "x");
        write("a.gold.json", GOLD);
        write("c.txt", "no gold beside it");
        write("d.htm", "x");
        write("d.gold.json", GOLD);
        write("notes.md", "x");
        assertThat(Evaluator.reports(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.txt", "b.html", "d.htm");
        assertThat(Evaluator.goldFileFor(dir.resolve("a.txt"))).isEqualTo(dir.resolve("a.gold.json"));
    }

    @Test
    void sumsCountsOverReports() throws IOException {
        write("a.txt", "x");
        write("a.gold.json", GOLD);
        write("b.txt", "x");
        write("b.gold.json", GOLD);
        Map<String, MeetingRecord> predictions = Map.of(
                "a.txt", prediction().attendee("王志刚").attendee("李萌").mode(MeetingMode.VIDEO).build(),
                "b.txt", prediction().attendee("王志刚").attendee("张三").build());
        List<Path> seen = new ArrayList<>();
        Function<Path, MeetingRecord> fake = p -> {
            seen.add(p);
            return predictions.get(p.getFileName().toString());
        };

        CorpusScores scores = new Evaluator(fake).evaluate(dir);

        assertThat(seen).containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertThat(scores.reportCount()).isEqualTo(2);
        assertThat(scores.counts(Metric.ATTENDEES)).isEqualTo(new Counts(3, 1, 1));
        assertThat(scores.exact(ExactField.MODE)).isEqualTo(new ExactCounts(1, 2));
        assertThat(scores.failures()).isEmpty();
    }

    @Test
    void failedExtractionCountsGoldAsMissedAndRecordsTheError() throws IOException {
        write("a.txt", "x");
        write("a.gold.json", GOLD);
        CorpusScores scores = new Evaluator(p -> {
            throw new IllegalStateException("boom");
        }).evaluate(dir);

        assertThat(scores.failures()).singleElement().satisfies(r -> {
            assertThat(r.report()).isEqualTo("a.txt");
            assertThat(r.error()).contains("IllegalStateException").contains("boom");
        });
        assertThat(scores.counts(Metric.ATTENDEES)).isEqualTo(new Counts(0, 0, 2));
        assertThat(scores.exact(ExactField.MODE)).isEqualTo(new ExactCounts(0, 1));
    }

    @Test
    void nullRecordIsAFailure() throws IOException {
        write("a.txt", "x");
        write("a.gold.json", GOLD);
        assertThat(new Evaluator(p -> null).evaluate(dir).failures()).hasSize(1);
    }

    @Test
    void brokenModelsStopTheRun() throws IOException {
        write("a.txt", "x");
        write("a.gold.json", GOLD);
        Evaluator evaluator = new Evaluator(p -> {
            throw new ModelException("models/x.tsv:1: bad line");
        });
        assertThatThrownBy(() -> evaluator.evaluate(dir)).isInstanceOf(ModelException.class);
    }

    @Test
    void emptyDirectoryScoresNothing() throws IOException {
        CorpusScores scores = new Evaluator(p -> prediction().build()).evaluate(dir);
        assertThat(scores.reportCount()).isZero();
        assertThat(scores.counts(Metric.ATTENDEES).f1()).isEqualTo(1.0);
    }
}
