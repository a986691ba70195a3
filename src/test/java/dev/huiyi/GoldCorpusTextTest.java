package dev.huiyi;

import dev.huiyi.api.NormalisedText;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.Evaluator;
import dev.huiyi.tools.eval.GoldTextCheck;
import dev.huiyi.tools.eval.GoldReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string of every gold file occurs in the normalised text of its report (units and organisers: or in the
 * page around it), in all three gold corpora. A typo, a paraphrase or a traditional character in gold would
 * otherwise count silently against the extractor. Normalisation only: no extraction, so the held-out corpora
 * are checked without the extractor reading them.
 */
class GoldCorpusTextTest {
    private static final List<String> CORPORA = List.of("samples", "samples/heldout", "samples/heldout2", "samples/heldout3");

    @TestFactory
    List<DynamicTest> everyGoldStringOccursInItsReport() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String corpus : CORPORA) {
            Path dir = Path.of(corpus);
            assertThat(dir).as("gold corpus %s", dir).isDirectory();
            List<Path> reports = Evaluator.reports(dir);
            assertThat(reports).as("reports with gold in %s", dir).isNotEmpty();
            for (Path report : reports) {
                tests.add(DynamicTest.dynamicTest(report.toString(), () -> check(report)));
            }
        }
        return tests;
    }

    private static void check(Path report) {
        Path gold = Evaluator.goldFileFor(report);
        assertThat(Files.isRegularFile(gold)).isTrue();
        NormalisedText text = SharedExtractor.get().normalise(Source.ofPath(report));
        assertThat(GoldTextCheck.check(GoldReader.read(gold), text.text(), text.inputText()))
                .as("gold strings of %s that are not in its normalised text", gold)
                .isEmpty();
    }
}
