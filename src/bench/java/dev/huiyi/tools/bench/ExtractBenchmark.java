package dev.huiyi.tools.bench;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import dev.huiyi.hanlp.HanlpReference;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code extract()} over the samples corpus against HanLP alone ({@link HanlpReference}: standard segmenter,
 * person/place/organisation recognition, offsets on) over the normalised text of the same documents. One
 * operation is one pass over the corpus; the {@code chars} counter is normalised characters per second, the
 * same measure for both, so their ratio is extract's share of HanLP-only throughput.
 *
 * <p>Run: {@code mvn -B -q -Pbench test-compile exec:exec} (README "Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class ExtractBenchmark {
    private List<Source> sources;
    private List<String> texts;
    private long chars;
    private MeetingExtractor extractor;
    private HanlpReference hanlp;

    /** Normalised characters processed, reported by JMH as a rate (chars/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Chars {
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("huiyi.samples", "samples"));
        extractor = MeetingExtractor.builder().build();
        hanlp = HanlpReference.load();
        sources = new ArrayList<>();
        texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(ExtractBenchmark::isReport).sorted().toList()) {
                Source source = Source.ofPath(p);
                String text = extractor.extract(source).normalisedText();
                sources.add(source);
                texts.add(text);
                chars += text.length();
            }
        }
        System.out.printf(Locale.ROOT, "%n%d documents, %d normalised chars%n", sources.size(), chars);
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    @Benchmark
    public int extract(Chars counter) {
        int sum = 0;
        for (Source source : sources) {
            sum += extractor.extract(source).record().keyPoints().size();
        }
        counter.chars += chars;
        return sum;
    }

    @Benchmark
    public int hanlpOnly(Chars counter) {
        int sum = 0;
        for (String text : texts) {
            sum += hanlp.segment(text);
        }
        counter.chars += chars;
        return sum;
    }
}
