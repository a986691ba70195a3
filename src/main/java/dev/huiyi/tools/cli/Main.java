package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.InputException;
import dev.huiyi.api.TimeoutException;
import org.apache.commons.lang3.exception.ExceptionUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

import java.io.PrintWriter;
import java.util.Set;

/** {@code huiyi}: the command line. Thin: every verb delegates to the library. */
@Command(name = "huiyi", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Chinese meeting reports into structured JSON records.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_INPUT_FAILED, ExitCode.HELP_USAGE, ExitCode.HELP_OUTPUT_FAILED},
        subcommands = {ExtractCommand.class, EvalCommand.class, ExplainCommand.class, BenchCommand.class,
                GenerateCommand.class, GoldCheckCommand.class, ReviewCommand.class, TablesCommand.class, HelpCommand.class})
public final class Main implements Runnable {
    private static final Set<String> BUILDS_AN_EXTRACTOR = Set.of("extract", "eval", "explain", "bench", "review");

    public static void main(String[] args) {
        if (args.length > 0 && BUILDS_AN_EXTRACTOR.contains(args[0])) {
            // HanLP's dictionaries are most of a cold start: load them while picocli parses the arguments.
            MeetingExtractor.preload();
        }
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code ({@link ExitCode}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> oneLine(e, command.getErr()));
        cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        return cli.execute(args);
    }

    /**
     * What a command threw, as the one line a user reads ({@code huiyi: models/unit/gazetteer.tsv:2: unknown unit
     * kind 'X'}): our exceptions carry messages written for people, anything else is named with its root cause.
     */
    private static int oneLine(Exception e, PrintWriter err) {
        String message = e instanceof CliException || e instanceof HuiyiException ? e.getMessage()
                : "unexpected error: " + ExceptionUtils.getRootCauseMessage(e);
        err.println("huiyi: " + message);
        err.flush();
        if (e instanceof CliException cli) {
            return cli.exitCode();
        }
        return e instanceof InputException || e instanceof TimeoutException ? ExitCode.INPUT_FAILED : ExitCode.USAGE;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
