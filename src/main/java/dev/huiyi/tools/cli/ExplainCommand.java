package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;
import dev.huiyi.api.TimeoutException;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputWalker;
import dev.huiyi.api.RecognisedMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huiyi explain FILE}: every mention with type, span, surface, value and the rule that produced it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print every recognised mention of one report, with the rule that produced it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_INPUT_FAILED, ExitCode.HELP_USAGE, ExitCode.HELP_OUTPUT_FAILED})
public final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Parameters(paramLabel = "FILE|-", description = "One report (.txt/.html), or - for one report on stdin.")
    String input;

    @picocli.CommandLine.Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Time budget of the report; past it the work stops with a TimeoutException (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Override
    public Integer call() throws IOException {
        Source source = readOne();
        MeetingExtractor extractor = models.builder().timeout(Duration.ofMillis(Math.max(1, timeoutMillis))).build();
        List<RecognisedMention> mentions;
        try {
            mentions = extractor.mentions(source);
        } catch (InputException | TimeoutException e) {
            throw new CliException(source.id() + ": " + e.getMessage(), ExitCode.INPUT_FAILED);
        }
        System.out.printf("%-7s %-12s %-30s %-24s %s%n", "TYPE", "SPAN", "SURFACE", "VALUE", "RULE");
        for (RecognisedMention m : mentions) {
            System.out.printf("%-7s %-12s %-30s %-24s %s%n", m.type(), "[" + m.span().start() + "," + m.span().end() + ")",
                    m.surface(), m.value(), m.provenance());
        }
        return ExitCode.OK;
    }

    /** The one report, read as {@code extract} reads it (size cap, stdin, HTML by name), or a one-line error. */
    private Source readOne() throws IOException {
        if (!InputWalker.isOneDocument(input)) {
            throw new CliException("explain reads one report, not a directory or archive: " + input
                    + " (use extract for many)", ExitCode.USAGE);
        }
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(),
                MeetingExtractor.DEFAULT_MAX_BYTES, Long.MAX_VALUE, null, ref -> false, System.in);
        try (InputWalker walker = new InputWalker(List.of(input), settings)) {
            InputItem item = walker.next();
            if (item.isFailed()) {
                throw new CliException(item.failure().message(), ExitCode.INPUT_FAILED);
            }
            return item.source();
        }
    }
}
