package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory, a zip and a tar.gz, each with good reports and three broken ones (undecodable bytes, empty,
 * 20 MB over the cap): one output per input, the broken ones as error objects, exit code 1, and --resume after a
 * simulated kill completes without duplicates.
 */
class BatchExtractTest {
    private static final byte[] UNDECODABLE = {(byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFE, (byte) 0x80};
    private static final byte[] OVER_CAP = new byte[20 * 1024 * 1024];

    @TempDir
    static Path tmp;
    private static Map<String, byte[]> contents;
    private static Path dir;
    private static Path zip;
    private static Path tarGz;

    @BeforeAll
    static void inputs() throws IOException {
        java.util.Arrays.fill(OVER_CAP, (byte) 'a');
        contents = new LinkedHashMap<>();
        contents.put("r/one.txt", Files.readAllBytes(Path.of("samples/000_7d7c59e9712777a1.txt")));
        contents.put("r/two.html", Files.readAllBytes(Path.of("samples/002_mee_national_work_conf.html")));
        contents.put("bad.txt", UNDECODABLE);
        contents.put("empty.html", new byte[0]);
        contents.put("big.txt", OVER_CAP);
        contents.put("notes.md", "not a report".getBytes(StandardCharsets.UTF_8));
        dir = tmp.resolve("in");
        for (var e : contents.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        zip = tmp.resolve("a.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : contents.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        tarGz = tmp.resolve("b.tar.gz");
        try (OutputStream file = Files.newOutputStream(tarGz);
             TarArchiveOutputStream out = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            for (var e : contents.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
    }

    private static Set<String> expectedIds() {
        Set<String> ids = new TreeSet<>();
        for (String name : contents.keySet()) {
            if (!name.endsWith(".md")) {
                ids.add(dir.resolve(name).toString());
                ids.add(zip + "!/" + name);
                ids.add(tarGz + "!/" + name);
            }
        }
        return ids;
    }

    private static String id(JsonNode line) {
        JsonNode source = line.get("source");
        return source.isObject() ? source.get("id").asText() : source.asText();
    }

    private static Set<String> ids(List<JsonNode> lines) {
        return lines.stream().map(BatchExtractTest::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<JsonNode> read(Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            out.add(Json.reader().readTree(line));
        }
        return out;
    }

    @Test
    void oneLinePerInputBrokenOnesAsErrorsThenResumeWithoutDuplicates() throws IOException {
        Path jsonl = tmp.resolve("out.jsonl");
        Path report = tmp.resolve("report.json");
        int code = Main.run("extract", "--threads", "2", "--jsonl", jsonl.toString(), "--report", report.toString(),
                dir.toString(), zip.toString(), tarGz.toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> lines = read(jsonl);
        assertThat(lines).hasSize(15);
        assertThat(ids(lines))
                .isEqualTo(expectedIds());
        Map<String, String> errors = lines.stream().filter(l -> l.has("error"))
                .collect(Collectors.toMap(BatchExtractTest::id, l -> l.get("error").get("type").asText()));
        assertThat(errors).hasSize(9).allSatisfy((id, type) -> {
            assertThat(id).containsAnyOf("bad.txt", "empty.html", "big.txt");
            assertThat(type).isEqualTo("InputException");
        });
        JsonNode summary = Json.reader().readTree(java.nio.file.Files.readString(report));
        assertThat(summary.get("documents").asLong()).isEqualTo(15);
        assertThat(summary.get("failed").asLong()).isEqualTo(9);

        // a kill in mid-write: five whole lines and a torn sixth
        List<String> raw = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        String partial = String.join("\n", raw.subList(0, 5)) + "\n" + raw.get(5).substring(0, raw.get(5).length() / 2);
        Files.writeString(jsonl, partial, StandardCharsets.UTF_8);

        Main.run("extract", "--resume", "--ordered", "--jsonl", jsonl.toString(),
                dir.toString(), zip.toString(), tarGz.toString());

        List<JsonNode> resumed = read(jsonl);
        assertThat(resumed).hasSize(15);
        assertThat(ids(resumed))
                .isEqualTo(expectedIds());
    }

    @Test
    void outDirGetsOneFilePerInputAndResumeFillsTheGaps() throws IOException {
        Path out = tmp.resolve("out");
        int code = Main.run("extract", "--out", out.toString(), dir.toString(), zip.toString(), tarGz.toString());

        assertThat(code).isEqualTo(1);
        assertThat(jsonFiles(out)).containsExactlyInAnyOrder(
                "bad.json", "big.json", "empty.json", "r/one.json", "r/two.json",
                "a/bad.json", "a/big.json", "a/empty.json", "a/r/one.json", "a/r/two.json",
                "b/bad.json", "b/big.json", "b/empty.json", "b/r/one.json", "b/r/two.json");
        JsonNode big = Json.reader().readTree(Files.readString(out.resolve("a/big.json")));
        assertThat(big.get("source").asText()).isEqualTo(zip + "!/big.txt");
        assertThat(big.get("error").get("message").asText()).contains("size cap");

        Files.delete(out.resolve("a/r/two.json"));
        Files.delete(out.resolve("r/one.json"));
        code = Main.run("extract", "--resume", "--out", out.toString(), dir.toString(), zip.toString(), tarGz.toString());
        assertThat(code).isZero();
        assertThat(jsonFiles(out)).hasSize(15).contains("a/r/two.json", "r/one.json");
    }

    @Test
    void aDocumentOverItsTimeBudgetBecomesAnErrorLine() throws IOException {
        Path jsonl = tmp.resolve("timeout.jsonl");
        int code = Main.run("extract", "--timeout-ms", "1", "--threads", "1", "--jsonl", jsonl.toString(),
                "--include", "*.txt,*.html", "--exclude", "big.txt,bad.txt", dir.toString());
        List<JsonNode> lines = read(jsonl);
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l.path("error").path("type").asText()).isEqualTo("TimeoutException"));
        assertThat(code).isEqualTo(1);
    }

    private static List<String> jsonFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
