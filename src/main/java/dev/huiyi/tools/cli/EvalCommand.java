package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.Baseline;
import dev.huiyi.tools.eval.CorpusScores;
import dev.huiyi.tools.eval.DetailsFormatter;
import dev.huiyi.tools.eval.Evaluator;
import dev.huiyi.tools.eval.ScoreJson;
import dev.huiyi.tools.eval.ScoreTableFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eval DIR}: scores the extractor against the gold files in DIR. Thin: the work is in {@code eval}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the extractor on every NAME.txt|.htm|.html in DIR that has a NAME.gold.json beside it: "
                + "per-field precision, recall and F1, exact-match rates, and (with --details) what was missed or spurious.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", ExitCode.HELP_USAGE})
public class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of reports and gold files.")
    private Path dir;

    @Option(names = "--json", description = "Print the scores as one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--details", description = "Also list, per report, missed and spurious items with spans.")
    private boolean details;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write these scores as a baseline (e.g. samples/baseline.json).")
    private Path baselineFile;

    @Spec
    private CommandSpec spec;

    /** Picocli instantiates subcommands reflectively. */
    public EvalCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "not a directory: " + dir);
        }
        MeetingExtractor extractor = models.builder().build();
        CorpusScores scores = new Evaluator(p -> extractor.extract(Source.ofPath(p)).record()).evaluate(dir);
        if (scores.reportCount() == 0) {
            // scores over nothing would read as perfect 1.000s
            throw new CliException("no NAME.txt|.htm|.html with a NAME.gold.json in " + dir + ": nothing to score",
                    ExitCode.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(ScoreJson.format(scores, details));
        } else {
            out.print(ScoreTableFormatter.format(scores));
            if (details) {
                out.println();
                out.print(DetailsFormatter.format(scores));
            }
        }
        if (baselineFile != null) {
            Baseline.of(scores).write(baselineFile);
            err.println("baseline written to " + baselineFile);
        }
        out.flush();
        err.flush();
        return ExitCode.OK;
    }
}
