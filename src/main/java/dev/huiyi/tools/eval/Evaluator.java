package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs an extractor over a directory of reports with gold files and scores it.
 *
 * <p>The extractor is a plain function so that the scorer can be tested with fakes and so that this package does
 * not have to know how the facade is configured. A report whose extraction throws is recorded and scored as all
 * missed. A malformed gold file stops the run, because it is a bug in the test data, not in the extractor; so does
 * a {@link ModelException}, because broken lexicons break every report (architecture, principle 10).
 */
public final class Evaluator {
    private static final Pattern REPORT = Pattern.compile("(?i)(.+)\\.(txt|htm|html)");
    private static final String GOLD_SUFFIX = ".gold.json";

    private final Function<Path, MeetingRecord> extractor;

    public Evaluator(Function<Path, MeetingRecord> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Scores every {@code NAME.txt|.htm|.html} in {@code dir} (not recursive) that has a {@code NAME.gold.json}. */
    public CorpusScores evaluate(Path dir) throws IOException {
        List<ReportScore> scores = new ArrayList<>();
        for (Path report : reports(dir)) {
            scores.add(evaluate(report, goldFileFor(report)));
        }
        return new CorpusScores(scores);
    }

    /** Scores one report against one gold file. */
    public ReportScore evaluate(Path report, Path goldFile) {
        GoldRecord gold = GoldReader.read(goldFile);
        String name = report.getFileName().toString();
        MeetingRecord predicted;
        try {
            predicted = extractor.apply(report);
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            return ReportScorer.failed(name, gold, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (predicted == null) {
            return ReportScorer.failed(name, gold, "extractor returned no record");
        }
        return ReportScorer.score(name, gold, predicted);
    }

    /** The reports in {@code dir} that have a gold file beside them, sorted by file name. */
    public static List<Path> reports(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> goldFileBeside(p).isPresent())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** The report beside {@code NAME.gold.json}: {@code NAME.txt}, {@code NAME.html} or {@code NAME.htm}, if there is one. */
    public static java.util.Optional<Path> reportFor(Path goldFile) {
        String name = goldFile.getFileName().toString();
        if (!name.endsWith(GOLD_SUFFIX)) {
            return java.util.Optional.empty();
        }
        String stem = name.substring(0, name.length() - GOLD_SUFFIX.length());
        return Stream.of(".txt", ".html", ".htm").map(ext -> goldFile.resolveSibling(stem + ext))
                .filter(Files::isRegularFile).findFirst();
    }

    /**
     * The gold file beside a report, if the report has a report's name ({@code .txt}, {@code .htm}, {@code .html})
     * and its {@code NAME.gold.json} exists: what {@link #reports} pairs, for one report at a time.
     */
    public static java.util.Optional<Path> goldFileBeside(Path report) {
        if (report.getFileName() == null || !REPORT.matcher(report.getFileName().toString()).matches()) {
            return java.util.Optional.empty();
        }
        Path gold = goldFileFor(report);
        return Files.isRegularFile(gold) ? java.util.Optional.of(gold) : java.util.Optional.empty();
    }

    /** {@code NAME.gold.json} beside {@code NAME.txt} (or {@code .htm}, {@code .html}). */
    public static Path goldFileFor(Path report) {
        String name = report.getFileName().toString();
        Matcher m = REPORT.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a report file name (.txt, .htm, .html): " + name);
        }
        return report.resolveSibling(m.group(1) + GOLD_SUFFIX);
    }
}
