package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.batch.BatchListener;
import dev.huiyi.batch.BatchRunner;
import dev.huiyi.batch.BatchSummary;
import dev.huiyi.io.ConsoleWriter;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputRef;
import dev.huiyi.io.InputWalker;
import dev.huiyi.io.Json;
import dev.huiyi.io.JsonFilesWriter;
import dev.huiyi.io.JsonLinesWriter;
import dev.huiyi.io.OutputException;
import dev.huiyi.io.OutputNames;
import dev.huiyi.io.RecordWriter;
import dev.huiyi.io.ResumeIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** {@code huiyi extract}: reports in, one JSON record (or error object) per report out. Thin: see io and batch. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract a MeetingRecord from each report: files, directories (walked recursively), "
                + ".zip / .tar.gz archives (read as streams) and - for stdin.",
                "Without --out or --jsonl, one file or - prints one pretty JSON record; anything more (several "
                        + "inputs, a directory, an archive) prints JSON Lines, one record per line in input order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_INPUT_FAILED, ExitCode.HELP_USAGE, ExitCode.HELP_OUTPUT_FAILED})
public final class ExtractCommand implements Callable<Integer> {
    /** Exit code of a run whose output could not be written: distinct from 1, where every input has its line. */
    public static final int OUTPUT_FAILED = ExitCode.OUTPUT_FAILED;

    @Parameters(paramLabel = "FILE|DIR|ARCHIVE|-", arity = "1..*",
            description = "Reports, directories of reports, .zip/.tar.gz/.tgz/.tar archives, or - for one report on stdin.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.json per input, mirroring the tree below a directory argument (DIR/2021/a.json); archive entries: DIR/ARCHIVE/PATH/NAME.json.")
    Path outDir;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Write one record per line to FILE.")
    Path jsonl;

    @Option(names = "--include-text", description = "Add the normalised text to each record (spans point into it).")
    boolean includeText;

    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Option(names = "--include", split = ",", paramLabel = "GLOB",
            description = "Files taken from directories and archives (default: *.txt,*.htm,*.html,*.shtml,*.xhtml,*.xml); "
                    + "a glob with / matches the path. Archives inside directories are opened unless --exclude names them.")
    List<String> include;

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB", description = "Files left out of directories and archives.")
    List<String> exclude;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--ordered", description = "Write outputs in input order (default: as they complete).")
    boolean ordered;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Per-document time budget; a document over it gets a TimeoutException error (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--resume", description = "Skip inputs that already have a line in --jsonl FILE or a file in --out DIR.")
    boolean resume;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the run's summary as JSON to FILE.")
    Path report;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Size cap of one document (default: 10485760).")
    Integer maxBytes;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "Largest normalised text of one document in characters; a longer one gets an InputException "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--max-archive-bytes", paramLabel = "N", defaultValue = "8589934592",
            description = "Cap on the bytes decompressed from one archive (default: ${DEFAULT-VALUE}).")
    long maxArchiveBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkUsage();
        try {
            return extract();
        } catch (OutputException e) {
            System.err.println("huiyi: output failed, run stopped: " + e.getMessage());
            return OUTPUT_FAILED;
        }
    }

    private int extract() throws IOException {
        Json.warmUpInBackground();
        int cap = maxBytes == null ? MeetingExtractor.DEFAULT_MAX_BYTES : maxBytes;
        MeetingExtractor extractor = models.builder().includeText(includeText).maxBytes(cap).maxChars(maxChars)
                .timeout(Duration.ofMillis(timeoutMillis)).build(); // the watchdog's interrupt stops it too
        try (RecordWriter writer = openWriter(); InputWalker walker = new InputWalker(inputs, walkerSettings(cap, writer))) {
            BatchListener listener = writer instanceof ConsoleWriter ? BatchListener.NONE
                    : Progress.start(System.err, inputs, walkerSettings(cap, null), walker::skipped);
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            // JSON Lines on a console come in input order: a reader pairs them with the arguments
            boolean inOrder = ordered || writer instanceof ConsoleWriter;
            BatchSummary summary = new BatchRunner(extractor, new BatchRunner.Settings(n, inOrder, timeoutMillis))
                    .run(walker, writer, listener, walker::skipped, walker.ignored()::snapshot);
            if (report != null) {
                writeReport(summary);
            }
            if (summary.documents() == 0 && summary.skipped() == 0) {
                throw new CliException("no input matched: no report in " + String.join(" ", inputs)
                        + (summary.ignored().isEmpty() ? "" : " (not inputs: " + summary.ignored() + ")")
                        + "; see --include", ExitCode.USAGE);
            }
            if (summary.failed() > 0) {
                System.err.println(summary.failed() + " of " + summary.documents() + " inputs failed");
            }
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    private void writeReport(BatchSummary summary) throws IOException {
        try {
            Files.writeString(report, Json.pretty().writeValueAsString(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("cannot write " + report + ": " + e.getMessage(), e);
        }
    }

    private void checkUsage() {
        if (outDir != null && jsonl != null) {
            throw new ParameterException(spec.commandLine(), "--out and --jsonl exclude each other");
        }
        if (resume && outDir == null && jsonl == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --out DIR or --jsonl FILE");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (timeoutMillis < 1 || (maxBytes != null && maxBytes < 1) || maxArchiveBytes < 1 || maxChars < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout-ms, --max-bytes, --max-chars and --max-archive-bytes must be positive");
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "- (stdin) may be given once");
        }
    }

    private RecordWriter openWriter() throws IOException {
        try {
            if (outDir != null) {
                return new JsonFilesWriter(outDir);
            }
            if (jsonl != null) {
                return new JsonLinesWriter(jsonl, resume);
            }
            return new ConsoleWriter(System.out, inputs.size() == 1 && InputWalker.isOneDocument(inputs.get(0)));
        } catch (IOException e) {
            throw new OutputException("cannot open the output: " + e.getMessage(), e);
        }
    }

    /** With a writer, the settings of the real walk (output names, resume); without, those of the count. */
    private InputWalker.Settings walkerSettings(int cap, RecordWriter writer) throws IOException {
        Predicate<InputRef> skip = ref -> false;
        if (resume && writer instanceof JsonFilesWriter files) {
            skip = ResumeIndex.existingFiles(files);
        } else if (resume && writer instanceof JsonLinesWriter) {
            Set<String> done = ResumeIndex.jsonLinesIds(jsonl, warning -> System.err.println("huiyi: " + warning));
            skip = ref -> done.contains(ref.id());
        }
        OutputNames names = writer instanceof JsonFilesWriter ? new OutputNames() : null;
        return new InputWalker.Settings(InputFilter.of(include, exclude), cap, maxArchiveBytes, names, skip, System.in);
    }
}
