package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.NormalisedText;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.Evaluator;
import dev.huiyi.tools.eval.GoldTextCheck;
import dev.huiyi.tools.eval.GoldReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code goldcheck DIR|FILE.gold.json…}: lists gold strings that do not occur in the normalised text of their
 * report. It normalises only (no extraction), so it can be run on a held-out file before the extractor has seen it.
 */
@Command(name = "goldcheck", mixinStandardHelpOptions = true,
        description = "Checks that every string of each gold file (title, names, titles, units, slogans, key points…) "
                + "occurs in the normalised text of the report beside it. Normalises only; extracts nothing. "
                + "Exit 1 when anything is missing.")
public class GoldCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Directories (their NAME.gold.json files, not recursive) or gold files.")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    /** Picocli instantiates subcommands reflectively. */
    public GoldCheckCommand() {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        MeetingExtractor extractor = MeetingExtractor.builder().build();
        int files = 0;
        int misses = 0;
        for (Path gold : goldFiles()) {
            files++;
            List<String> problems = problems(extractor, gold);
            for (String problem : problems) {
                out.println(gold + ": " + problem);
            }
            misses += problems.size();
        }
        out.println(files + " gold files, " + misses + " problems");
        out.flush();
        return misses == 0 ? 0 : 1;
    }

    private static List<String> problems(MeetingExtractor extractor, Path gold) {
        Optional<Path> report = Evaluator.reportFor(gold);
        if (report.isEmpty()) {
            return List.of("no NAME.txt|.htm|.html beside it");
        }
        try {
            NormalisedText text = extractor.normalise(Source.ofPath(report.get()));
            return GoldTextCheck.check(GoldReader.read(gold), text.text(), text.inputText()).stream()
                    .map(Object::toString).toList();
        } catch (HuiyiException | java.io.UncheckedIOException e) {
            return List.of(e.getMessage());
        }
    }

    private List<Path> goldFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path report : Evaluator.reports(path)) {
                    out.add(Evaluator.goldFileFor(report));
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }
}
