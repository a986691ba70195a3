package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One output per input, broken inputs as error objects, exit code 1 when any failed. */
class ExtractCommandTest {

    @Test
    void outDirGetsOneJsonPerInputAndErrorsForBrokenOnes(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(Path.of("samples/000_7d7c59e9712777a1.txt"), in.resolve("seed.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(tmp.resolve("in/binary.html"), new byte[]{0, 1, 2, 3});
        Path out = tmp.resolve("out");

        int code = Main.run("extract", "--out", out.toString(), tmp.resolve("in").toString());

        assertThat(code).isEqualTo(1);
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList()).containsExactly("binary.json", "sub/empty.json", "sub/seed.json");
        }
        JsonNode seed = Json.reader().readTree(Files.readString(out.resolve("sub/seed.json")));
        assertThat(seed.get("meetingName").asText()).isEqualTo("2021年全国科技管理系统党建工作交流座谈会");
        JsonNode empty = Json.reader().readTree(Files.readString(out.resolve("sub/empty.json")));
        assertThat(empty.get("error").get("type").asText()).isEqualTo("InputException");
        assertThat(empty.get("source").asText()).endsWith("empty.txt");
    }

    @Test
    void jsonlHasOneLinePerInput(@TempDir Path tmp) throws Exception {
        Path good = Files.copy(Path.of("samples/000_7d7c59e9712777a1.txt"), tmp.resolve("a.txt"));
        Path bad = Files.write(tmp.resolve("b.txt"), new byte[0]);
        Path lines = tmp.resolve("out.jsonl");
        int code = Main.run("extract", "--include-text", "--jsonl", lines.toString(), good.toString(), bad.toString());
        assertThat(code).isEqualTo(1);
        List<String> rows = Files.readAllLines(lines, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(2);
        // completion order (the default): find the good input's line
        JsonNode first = Json.reader().readTree(rows.stream().filter(r -> r.contains("\"id\":")).findFirst().orElseThrow());
        String text = first.get("text").asText();
        JsonNode span = first.get("meetingDate").get("span");
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("2021年11月29日");
    }

    @Test
    void outDirMirrorsTheInputTree(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("crawl");
        for (String folder : List.of("2021/03", "2022/03")) {
            Files.copy(Path.of("samples/000_7d7c59e9712777a1.txt"),
                    Files.createDirectories(in.resolve(folder)).resolve("index.txt"));
        }
        Path out = tmp.resolve("out");
        assertThat(Main.run("extract", "--out", out.toString(), in.toString())).isZero();
        for (String folder : List.of("2021/03", "2022/03")) {
            JsonNode record = Json.reader().readTree(Files.readString(out.resolve(folder + "/index.json")));
            assertThat(record.get("source").get("id").asText()).isEqualTo(in.resolve(folder + "/index.txt").toString());
        }
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run("extract")).isEqualTo(2);
        assertThat(Main.run("nonsense")).isEqualTo(2);
    }
}
