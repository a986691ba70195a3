package dev.huiyi.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import dev.huiyi.text.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code huiyi explain FILE}: every mention with type, span, surface, value and the rule that produced it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print every recognised mention of one report, with the rule that produced it.")
public final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Parameters(paramLabel = "FILE", description = "One report (.txt/.html).")
    Path file;

    @picocli.CommandLine.Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Time budget of the report; past it the work stops with a TimeoutException (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Override
    public Integer call() {
        MeetingExtractor extractor = models.builder().timeout(Duration.ofMillis(Math.max(1, timeoutMillis))).build();
        System.out.printf("%-7s %-12s %-30s %-24s %s%n", "TYPE", "SPAN", "SURFACE", "VALUE", "RULE");
        for (Mention m : extractor.mentions(Source.ofPath(file))) {
            System.out.printf("%-7s %-12s %-30s %-24s %s%n", m.type(), "[" + m.start() + "," + m.end() + ")",
                    m.surface(), m.value(), m.provenance());
        }
        return 0;
    }
}
