package dev.huiyi.tools.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code huiyi review}: pages mirror the inputs, the index lists every input, failures keep their row. */
class ReviewCommandTest {
    private static final Path SAMPLE = Path.of("samples/000_7d7c59e9712777a1.txt");

    @Test
    void aPagePerReportBelowTheTreeAndAnIndexThatLinksThemAll(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/2021"));
        Files.copy(SAMPLE, in.resolve("a.txt"));
        Files.copy(SAMPLE, tmp.resolve("in/index.txt"));
        Files.copy(Path.of("samples/000_7d7c59e9712777a1.gold.json"), in.resolve("a.gold.json"));
        Files.createFile(tmp.resolve("in/empty.txt"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("review", tmp.resolve("in").toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(run.err()).contains("2 pages, 1 failed");
        assertThat(out.resolve("2021/a.html")).isRegularFile();
        // a report called index keeps out of the index's way
        assertThat(out.resolve("index~2.html")).isRegularFile();
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(index.select("#reports tbody tr")).hasSize(3);
        assertThat(index.select("#reports a").eachAttr("href")).containsExactlyInAnyOrder("./2021/a.html", "./index~2.html");
        assertThat(index.select("#reports tbody tr").get(0).text()).contains("empty.txt", "empty input");
        Document page = Jsoup.parse(Files.readString(out.resolve("2021/a.html"), StandardCharsets.UTF_8));
        assertThat(page.getElementById("diff-toggle")).as("the gold file beside a.txt").isNotNull();
        assertThat(page.selectFirst("a.back").attr("href")).isEqualTo("./../index.html");
    }

    @Test
    void nothingToReviewIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("review", tmp.toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("huiyi: no input matched: no report in " + tmp);
    }

    @Test
    void theOutputFolderIsRequired() {
        CliRun run = CliRun.of("review", SAMPLE.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--out");
    }
}
