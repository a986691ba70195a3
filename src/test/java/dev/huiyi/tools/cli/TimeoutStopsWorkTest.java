package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huiyi.tools.bench.AttackFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document over --timeout-ms gets its error line and its worker really stops: before, the watchdog wrote the line
 * but the thread ran the extraction to its end (seconds of CPU and memory, more with every timed-out document).
 */
class TimeoutStopsWorkTest {
    @Test
    void aTimedOutDocumentFreesItsWorker(@TempDir Path tmp) throws IOException, InterruptedException {
        Path report = tmp.resolve("names.txt");
        Files.writeString(report, AttackFamily.NAME_LIST.text(1_000_000)); // several seconds of work
        Path jsonl = tmp.resolve("out.jsonl");

        int code = Main.run("extract", "--timeout-ms", "300", "--threads", "1", "--jsonl", jsonl.toString(),
                report.toString());

        List<String> lines = Files.readAllLines(jsonl);
        assertThat(code).isEqualTo(1);
        assertThat(lines).singleElement().satisfies(l -> {
            JsonNode error = new ObjectMapper().readTree(l).path("error");
            assertThat(error.path("type").asText()).isEqualTo("TimeoutException");
        });
        // the worker notices its deadline at its next check: well within a second and a half, none is still busy
        long until = System.nanoTime() + 1_500_000_000L;
        while (busyWorkers() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(busyWorkers()).isZero();
    }

    private static long busyWorkers() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("huiyi-worker-"))
                .filter(e -> e.getKey().getState() == Thread.State.RUNNABLE)
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("dev.huiyi.pipeline")))
                .count();
    }
}
