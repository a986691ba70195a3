package dev.huiyi.tools.cli;

/**
 * The exit codes of every command, as documented in README and {@code huiyi --help}. A script tells "some
 * documents failed, the rest is written" (1) from "nothing useful happened" (2) and "the output is incomplete" (3).
 */
public final class ExitCode {
    /** Every input produced a record. */
    public static final int OK = 0;
    /** Some input could not be read or extracted; each has its error object (extract) or message (explain). */
    public static final int INPUT_FAILED = 1;
    /**
     * Usage or configuration error: unknown flag, missing or broken {@code --models}, no input matched, an eval
     * folder without gold files. Nothing was extracted.
     */
    public static final int USAGE = 2;
    /** The output (stdout, {@code --jsonl}, {@code --out}, {@code --report}) could not be written: the run stopped. */
    public static final int OUTPUT_FAILED = 3;

    private ExitCode() {
    }

    /** The "Exit codes" list of {@code --help} (picocli's {@code code:description} form). */
    static final String HELP_OK = "0:every input produced a record";
    static final String HELP_INPUT_FAILED = "1:some input failed (extract: its error object stands in its place)";
    static final String HELP_USAGE = "2:usage or configuration error (bad arguments, missing or broken --models, "
            + "no input matched, no gold files in an eval folder)";
    static final String HELP_OUTPUT_FAILED = "3:the output (stdout, --jsonl, --out, --report) could not be written";
}
