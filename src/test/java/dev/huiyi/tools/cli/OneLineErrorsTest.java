package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user error ends in one line on stderr, {@code huiyi: …}, and its documented exit code: never a stack trace. */
class OneLineErrorsTest {
    private static final String SAMPLE = "samples/000_7d7c59e9712777a1.txt";
    private static final String SECOND = "samples/001_moe_dangzu_kuoda.txt";

    @Test
    void explainOfAMissingFile(@TempDir Path tmp) {
        CliRun run = CliRun.of("explain", tmp.resolve("missing.txt").toString());
        assertOneLine(run, ExitCode.INPUT_FAILED, "no such file: " + tmp.resolve("missing.txt"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void explainOfADirectory(@TempDir Path tmp) {
        assertOneLine(CliRun.of("explain", tmp.toString()), ExitCode.USAGE, "not a directory or archive");
    }

    @Test
    void explainOfAnEmptyFile(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        assertOneLine(CliRun.of("explain", empty.toString()), ExitCode.INPUT_FAILED, empty + ": empty input");
    }

    @Test
    void explainReadsStdin() {
        assertOneLine(CliRun.of("explain", "-"), ExitCode.INPUT_FAILED, "stdin: empty input");
        CliRun run = CliRun.withStdin("科技部召开座谈会。李萌主持会议。", "explain", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("TYPE").contains("李萌");
    }

    @Test
    void aMissingModelsDirectory(@TempDir Path tmp) {
        assertOneLine(CliRun.of("extract", "--models", tmp.resolve("nope").toString(), SAMPLE), ExitCode.USAGE,
                "user model directory does not exist");
        assertOneLine(CliRun.of("explain", "--models", tmp.resolve("nope").toString(), SAMPLE), ExitCode.USAGE,
                "user model directory does not exist");
    }

    @Test
    void aBrokenLexiconLineIsNamedByFileAndLine(@TempDir Path tmp) throws Exception {
        Path gazetteer = Files.createDirectories(tmp.resolve("unit")).resolve("gazetteer.tsv");
        Files.writeString(gazetteer, "# FORMAT: name\tkind\n北京市科委\tX\n");
        CliRun run = CliRun.of("extract", "--models", tmp.toString(), SAMPLE);
        assertOneLine(run, ExitCode.USAGE, "huiyi: " + gazetteer + ":2: unknown unit kind 'X'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnwritableOutput(@TempDir Path tmp) throws Exception {
        Path file = Files.createFile(tmp.resolve("a-file"));
        assertOneLine(CliRun.of("extract", "--out", file.toString(), SAMPLE), ExitCode.OUTPUT_FAILED, "output failed");
        assertOneLine(CliRun.of("extract", "--jsonl", tmp.toString(), SAMPLE), ExitCode.OUTPUT_FAILED, "output failed");
    }

    @Test
    void extractOverAnEmptyDirectoryOrOneWithoutReports(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertOneLine(CliRun.of("extract", empty.toString()), ExitCode.USAGE, "no input matched");
        Path pdfs = Files.createDirectories(tmp.resolve("pdfs"));
        Files.writeString(pdfs.resolve("a.pdf"), "%PDF");
        assertOneLine(CliRun.of("extract", pdfs.toString()), ExitCode.USAGE, "not inputs: {notIncluded=1}");
        // with an output file the summary line comes first; the error is still one line
        CliRun toFile = CliRun.of("extract", "--jsonl", tmp.resolve("o.jsonl").toString(), pdfs.toString());
        assertThat(toFile.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(toFile.err()).contains("huiyi: no input matched").doesNotContain("\tat ");
    }

    @Test
    void evalOverAFolderWithoutGoldIsAnErrorNotPerfectScores(@TempDir Path tmp) throws Exception {
        Files.copy(Path.of(SAMPLE), tmp.resolve("a.txt"));
        CliRun run = CliRun.of("eval", tmp.toString());
        assertOneLine(run, ExitCode.USAGE, "nothing to score");
        assertThat(run.out()).doesNotContain("1.000");
    }

    @Test
    void severalInputsOnStdoutAreJsonLinesInInputOrder() throws Exception {
        // the long report first: in completion order the short one would overtake it
        CliRun run = CliRun.of("extract", "--threads", "2", SAMPLE, SECOND, SAMPLE);
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        List<String> ids = lines.stream().map(OneLineErrorsTest::sourceId).toList();
        assertThat(ids).containsExactly(SAMPLE, SECOND, SAMPLE);
    }

    @Test
    void oneInputOnStdoutStaysOnePrettyRecord() {
        CliRun run = CliRun.of("extract", SAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{\n").contains("\n  \"title\" : ");
    }

    @Test
    void helpIsACommandAndListsTheExitCodes() {
        CliRun top = CliRun.of("help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("Usage: huiyi", "Exit codes:", "no input matched");
        CliRun extract = CliRun.of("help", "extract");
        assertThat(extract.exit()).isZero();
        assertThat(extract.out()).contains("Usage: huiyi extract", "--jsonl", "Exit codes:");
    }

    private static String sourceId(String line) {
        try {
            JsonNode node = Json.reader().readTree(line);
            return node.get("source").get("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static void assertOneLine(CliRun run, int exit, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err()).contains(message).doesNotContain("\tat ", "Exception:");
        assertThat(run.err().lines().filter(l -> !l.isBlank()).count()).as(run.err()).isEqualTo(1);
    }
}
