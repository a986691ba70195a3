package dev.huiyi.cli;

import dev.huiyi.MeetingExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** {@code huiyi}: the command line. Thin: every verb delegates to the library. */
@Command(name = "huiyi", mixinStandardHelpOptions = true, version = "huiyi 0.1.0",
        description = "Turns Chinese meeting reports into structured JSON records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, ExplainCommand.class, BenchCommand.class,
                GenerateCommand.class, GoldCheckCommand.class})
public final class Main implements Runnable {
    private static final Set<String> BUILDS_AN_EXTRACTOR = Set.of("extract", "eval", "explain", "bench");

    public static void main(String[] args) {
        if (args.length > 0 && BUILDS_AN_EXTRACTOR.contains(args[0])) {
            // HanLP's dictionaries are most of a cold start: load them while picocli parses the arguments.
            MeetingExtractor.preload();
        }
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
