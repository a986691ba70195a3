package dev.huiyi.examples;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.SharedExtractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The examples files are the test (docs/architecture.md, principle 2): every line of every
 * {@code models/*}{@code /examples.tsv} becomes a test named {@code models/<dir>/examples.tsv:<line>}.
 * {@code OK} lines must give exactly the marked items, {@code NEG} lines none, and {@code XFAIL} lines are known
 * failures that pass while they fail and fail once they pass. The format is in {@code models/README.md}.
 * <p>
 * Set the environment variable {@code HUIYI_EXAMPLES_REPORT} to a file path to get every line's differences
 * written there (tab-separated: name, status, differences), whatever its status.
 */
class ExamplesTest {
    private static final Path MODELS = Path.of("models");
    /** One extractor per reference date: building loads HanLP. The key is empty for files without one. */
    private static final Map<Optional<LocalDate>, MeetingExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> dirs = Files.list(MODELS)) {
            files = dirs.map(d -> d.resolve("examples.tsv")).filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            fail("no models/*/examples.tsv found under " + MODELS.toAbsolutePath());
        }
        for (Path file : files) {
            String folder = file.getParent().getFileName().toString();
            String display = "models/" + folder + "/examples.tsv";
            for (ExampleLine line : ExampleLine.read(file, display)) {
                URI uri = URI.create(file.toAbsolutePath().toUri() + "?line=" + line.lineNo());
                tests.add(DynamicTest.dynamicTest(line.name(), uri, () -> check(folder, line)));
            }
        }
        return tests.stream();
    }

    private static void check(String folder, ExampleLine line) {
        if (line.formatError() != null) {
            fail(line.name() + ": " + line.formatError());
        }
        Markup markup;
        try {
            markup = Markup.parse(line.example());
        } catch (IllegalArgumentException e) {
            fail(line.name() + ": " + e.getMessage());
            return;
        }
        if (line.status() == ExampleLine.Status.NEG && !markup.marks().isEmpty()) {
            fail(line.name() + ": a NEG line has no markup");
        }
        boolean states = !markup.marks().isEmpty() || !line.expect().isBlank();
        if (line.status() == ExampleLine.Status.OK && !states) {
            fail(line.name() + ": an OK line marks what it must produce (use NEG for none)");
        }
        // An XFAIL line states what is right like an OK line (with markup or expect column) or a NEG line
        // (without either). A NEG line may still carry an expect column (what a non-report keeps: title, date).
        boolean negative = line.status() == ExampleLine.Status.NEG || !states;
        List<String> problems;
        try {
            problems = ExampleComparer.problems(folder, markup, line.expect(), negative, extractor(line.reference()));
        } catch (ExampleComparer.BadExample e) {
            fail(line.name() + ": " + e.getMessage());
            return;
        }
        report(line, problems);
        String example = "\n  " + line.example() + (line.expect().isEmpty() ? "" : "\n  expect: " + line.expect())
                + (line.note().isEmpty() ? "" : "\n  note: " + line.note());
        switch (line.status()) {
            case OK, NEG -> {
                if (!problems.isEmpty()) {
                    fail(line.name() + ": " + String.join("; ", problems) + example);
                }
            }
            case XFAIL -> {
                if (problems.isEmpty()) {
                    fail(line.name() + ": now passes: remove XFAIL" + example);
                }
            }
        }
    }

    private static MeetingExtractor extractor(LocalDate reference) {
        return EXTRACTORS.computeIfAbsent(Optional.ofNullable(reference), r -> r.isEmpty() ? SharedExtractor.get()
                : MeetingExtractor.builder().referenceDate(r.get()).build());
    }

    private static void report(ExampleLine line, List<String> problems) {
        String target = System.getenv("HUIYI_EXAMPLES_REPORT");
        if (target == null || target.isBlank()) {
            return;
        }
        String row = line.name() + "\t" + line.status() + "\t" + String.join("; ", problems) + "\n";
        synchronized (ExamplesTest.class) {
            try {
                Files.writeString(Path.of(target), row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
