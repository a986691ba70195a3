package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.InputException;
import dev.huiyi.api.TimeoutException;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputWalker;
import dev.huiyi.io.OutputNames;
import dev.huiyi.tools.review.ReviewSite;
import dev.huiyi.tools.review.Reviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huiyi review}: an HTML page per report and an index. Thin: inputs as extract walks them, pages in review. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML page per report (the text with every mention marked, the "
                + "record beside it; with a NAME.gold.json beside the report, what eval finds missed and spurious) "
                + "and DIR/index.html, worst report first.",
                "Inputs as for extract: files, directories (walked recursively), .zip / .tar.gz archives, - for stdin."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_INPUT_FAILED, ExitCode.HELP_USAGE, ExitCode.HELP_OUTPUT_FAILED})
public final class ReviewCommand implements Callable<Integer> {
    /** extract's default cap on the bytes decompressed from one archive (8 GiB): a zip bomb ends its archive. */
    private static final long MAX_ARCHIVE_BYTES = 8L << 30;

    @Parameters(paramLabel = "FILE|DIR|ARCHIVE|-", arity = "1..*",
            description = "Reports, directories of reports, .zip/.tar.gz/.tgz/.tar archives, or - for one report on stdin.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Write DIR/NAME.html per report, mirroring the tree below a directory argument, and DIR/index.html.")
    Path outDir;

    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Per-report time budget; a report over it gets a row with its error in the index (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        MeetingExtractor extractor = models.builder().timeout(Duration.ofMillis(Math.max(1, timeoutMillis))).build();
        Reviewer reviewer = new Reviewer(extractor);
        ReviewSite site = new ReviewSite(outDir);
        OutputNames names = new OutputNames();
        // claimed first, so that a report called index.txt gets index~2.html and the index keeps its name
        names.forFile(ReviewSite.INDEX);
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(),
                MeetingExtractor.DEFAULT_MAX_BYTES, MAX_ARCHIVE_BYTES, names, ref -> false, System.in);
        try (InputWalker walker = new InputWalker(inputs, settings)) {
            while (walker.hasNext()) {
                InputItem item = walker.next();
                if (item.isFailed()) {
                    site.failed(item.id(), item.failure().message());
                    continue;
                }
                try {
                    write(site, reviewer, item);
                } catch (InputException | TimeoutException e) {
                    site.failed(item.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        if (site.pages() + site.failures() == 0) {
            throw new CliException("no input matched: no report in " + String.join(" ", inputs), ExitCode.USAGE);
        }
        Path index = writeIndex(site);
        spec.commandLine().getErr().printf("%d pages, %d failed; open %s%n", site.pages(), site.failures(), index);
        spec.commandLine().getErr().flush();
        return site.failures() == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
    }

    private void write(ReviewSite site, Reviewer reviewer, InputItem item) {
        try {
            site.add(reviewer.review(item.id(), item.source()), item.outputName());
        } catch (IOException e) {
            throw new CliException("cannot write to " + outDir + ": " + e.getMessage(), ExitCode.OUTPUT_FAILED);
        }
    }

    private Path writeIndex(ReviewSite site) {
        try {
            return site.finish();
        } catch (IOException e) {
            throw new CliException("cannot write to " + outDir + ": " + e.getMessage(), ExitCode.OUTPUT_FAILED);
        }
    }
}
