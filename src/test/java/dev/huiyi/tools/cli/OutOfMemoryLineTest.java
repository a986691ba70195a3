package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huiyi.tools.bench.AttackFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document that exhausts the heap inside its extraction becomes its own error line, and the documents after it
 * are still extracted. In a JVM of its own with a small heap (the test JVM's heap is not the one to exhaust): a
 * report, a name list of 6M characters (read from a file, about 20 bytes a character at its peak: more than the
 * heap leaves beside the models; 3M no longer were once mentions became columns), a report. Without the catch in
 * {@code batch.Extractions} the run ends at the name list with a stack trace and the last report is lost.
 */
class OutOfMemoryLineTest {
    private static final String HEAP = "-Xmx128m";

    @Test
    void aDocumentThatExhaustsTheHeapIsAnErrorLineAndTheBatchGoesOn(@TempDir Path tmp)
            throws IOException, InterruptedException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        String report = Files.readString(Path.of("samples/000_7d7c59e9712777a1.txt"));
        Files.writeString(in.resolve("a.txt"), report);
        Files.writeString(in.resolve("b_names.txt"), AttackFamily.NAME_LIST.text(6_000_000));
        Files.writeString(in.resolve("c.txt"), report);
        Path jsonl = tmp.resolve("out.jsonl");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", "--threads", "1", "--ordered", "--timeout-ms", "600000", "--max-chars", "10000000", "--max-bytes", "30000000",
                "--jsonl", jsonl.toString(),
                in.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("log.txt"))).isEqualTo(1);
        assertThat(lines).extracting(OutOfMemoryLineTest::fileName).containsExactly("a.txt", "b_names.txt", "c.txt");
        assertThat(lines.get(1).path("error").path("type").asText()).isEqualTo("OutOfMemoryError");
        assertThat(lines.get(0).has("error")).isFalse();
        assertThat(lines.get(2).has("error")).isFalse();
    }

    /** A record names its source in source.id, an error line in source. */
    private static String fileName(JsonNode line) {
        JsonNode source = line.path("source");
        return Path.of(source.isTextual() ? source.asText() : source.path("id").asText()).getFileName().toString();
    }
}
