package dev.huiyi.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import dev.huiyi.text.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code huiyi explain FILE}: every mention with type, span, surface, value and the rule that produced it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print every recognised mention of one report, with the rule that produced it.")
public final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Parameters(paramLabel = "FILE", description = "One report (.txt/.html).")
    Path file;

    @Override
    public Integer call() {
        MeetingExtractor extractor = models.builder().build();
        System.out.printf("%-7s %-12s %-30s %-24s %s%n", "TYPE", "SPAN", "SURFACE", "VALUE", "RULE");
        for (Mention m : extractor.mentions(Source.ofPath(file))) {
            System.out.printf("%-7s %-12s %-30s %-24s %s%n", m.type(), "[" + m.start() + "," + m.end() + ")",
                    m.surface(), m.value(), m.provenance());
        }
        return 0;
    }
}
