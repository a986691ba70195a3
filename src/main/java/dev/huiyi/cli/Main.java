package dev.huiyi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code huiyi}: the command line. Thin: every verb delegates to the library. */
@Command(name = "huiyi", mixinStandardHelpOptions = true, version = "huiyi 0.1.0",
        description = "Turns Chinese meeting reports into structured JSON records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, ExplainCommand.class, BenchCommand.class,
                GenerateCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
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
