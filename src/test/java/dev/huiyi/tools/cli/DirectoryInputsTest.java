package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory as data teams have them: archives of months, .shtml / .xhtml / .xml pages, and things that are not
 * reports. Archives are opened, pages taken by default, and the rest counted in the summary by reason.
 */
class DirectoryInputsTest {
    private static final String PAGE = "<html><head><title>科技部召开座谈会</title></head><body><p>科技部召开座谈会。"
            + "李萌主持会议。</p></body></html>";

    @Test
    void archivesInsideDirectoriesAreOpenedPagesTakenAndTheRestCountedByReason(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/2021"));
        Files.writeString(in.resolve("a.shtml"), PAGE);
        Files.writeString(in.resolve("b.xhtml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + PAGE);
        Files.writeString(in.resolve("c.xml"), PAGE);
        Files.writeString(in.resolve("notes.md"), "not a report");
        OutDirHardeningTest.zip(in.resolve("month.zip"), Map.of("d.txt", "科技部召开座谈会。".getBytes(StandardCharsets.UTF_8)));
        OutDirHardeningTest.zip(in.resolve("images.zip"), Map.of("logo.png", new byte[]{1, 2, 3}));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("missing.txt"));
        Path jsonl = tmp.resolve("out.jsonl");
        Path report = tmp.resolve("report.json");

        int code = Main.run("extract", "--include-text", "--jsonl", jsonl.toString(), "--report", report.toString(),
                tmp.resolve("in").toString());

        assertThat(code).isZero();
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode node = Json.reader().readTree(line);
            byId.put(node.get("source").get("id").asText(), node);
        }
        assertThat(byId).containsOnlyKeys(in.resolve("a.shtml").toString(), in.resolve("b.xhtml").toString(),
                in.resolve("c.xml").toString(), in.resolve("month.zip") + "!/d.txt");
        assertThat(byId.values()).allSatisfy(r -> assertThat(r.get("text").asText()).doesNotContain("<p>", "<?xml"));
        JsonNode ignored = Json.reader().readTree(java.nio.file.Files.readString(report)).get("ignored");
        assertThat(ignored.get("notIncluded").asLong()).isEqualTo(2); // notes.md, images.zip!/logo.png
        assertThat(ignored.get("danglingLinks").asLong()).isEqualTo(1);
        assertThat(ignored.get("archivesWithoutReports").asLong()).isEqualTo(1);
    }

    @Test
    void excludeStillLeavesAnArchiveOut(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        OutDirHardeningTest.zip(in.resolve("old.zip"), Map.of("d.txt", "科技部召开座谈会。".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("a.txt"), "科技部召开座谈会。");
        Path jsonl = tmp.resolve("out.jsonl");

        assertThat(Main.run("extract", "--exclude", "old.zip", "--jsonl", jsonl.toString(), in.toString())).isZero();

        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1).allMatch(l -> l.contains("a.txt"));
    }
}
