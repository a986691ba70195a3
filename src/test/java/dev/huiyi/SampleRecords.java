package dev.huiyi;

import dev.huiyi.api.Extraction;
import dev.huiyi.api.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every report of the four sample folders ({@code samples}, {@code samples/heldout}, {@code samples/heldout2}, {@code samples/heldout3})
 * and its extraction, made once for the test JVM: the tests that check every record share them.
 */
public final class SampleRecords {
    public static final List<Path> FOLDERS = List.of(Path.of("samples"), Path.of("samples/heldout"),
            Path.of("samples/heldout2"), Path.of("samples/heldout3"));

    /** One report and what the extractor made of it. */
    public record Sample(Path report, Extraction extraction) {
        @Override
        public String toString() {
            return report.toString();
        }
    }

    private static final List<Sample> ALL = FOLDERS.stream().flatMap(SampleRecords::reports)
            .map(p -> new Sample(p, SharedExtractor.get().extract(Source.ofPath(p)))).toList();

    private SampleRecords() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    private static Stream<Path> reports(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
