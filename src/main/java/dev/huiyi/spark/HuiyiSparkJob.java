package dev.huiyi.spark;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.batch.BatchSummary;
import dev.huiyi.io.Json;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit --class dev.huiyi.spark.HuiyiSparkJob huiyi-VERSION-spark.jar INPUT... --out PATH}: the
 * batch of {@code huiyi extract} on a cluster. Inputs are files, directories and archives on any Hadoop file system;
 * the output is JSON Lines (the CLI's own lines: records and error lines) or Parquet ({@link HuiyiSpark#schema()}),
 * one row per input; the summary line is the CLI's. Exit codes are the CLI's: 0 every input gave a record, 1 some
 * failed (each has its error row), 2 usage or models error or no input matched, 3 the output could not be written.
 */
@Command(name = "huiyi-spark", mixinStandardHelpOptions = true,
        description = "Extract a MeetingRecord from each report under the inputs (files, directories, .zip / .tar.gz "
                + "archives, on any Hadoop file system), one output row per input.")
public final class HuiyiSparkJob implements Callable<Integer> {
    /** The output's format. */
    enum Format { jsonl, parquet }

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Reports, directories of reports (walked recursively), .zip/.tar.gz/.tgz/.tar archives, "
                    + "or globs; any Hadoop-compatible path (hdfs://, s3a://, file:, a local path).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "Output directory (Spark writes part files into it); must not exist unless --overwrite.")
    String out;

    @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
            description = "jsonl: the lines huiyi extract --jsonl writes; parquet: id, ok, record, error "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Option(names = "--models", paramLabel = "DIR",
            description = "User lexicons laid out like models/, on any path the driver can read; shipped to the executors.")
    String models;

    @Option(names = "--include", split = ",", paramLabel = "GLOB",
            description = "Files taken from directories and archives (default: *.txt,*.htm,*.html,*.shtml,*.xhtml,*.xml).")
    List<String> include;

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB", description = "Files left out of directories and archives.")
    List<String> exclude;

    @Option(names = "--include-text", description = "Add the normalised text to each record.")
    boolean includeText;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Per-document time budget; a document over it gets a TimeoutException error (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Size cap of one document (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "Largest normalised text of one document in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--max-archive-bytes", paramLabel = "N", defaultValue = "8589934592",
            description = "Cap on the bytes decompressed from one archive (default: ${DEFAULT-VALUE}).")
    long maxArchiveBytes;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Deal the documents out to N partitions before extraction (one shuffle of their bytes): "
                    + "for a few large archives, each read by one task. Default 0: extract where read.")
    int partitions;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the run's summary as JSON to FILE (on the driver).")
    Path report;

    /**
     * What Spark counts for opening a file when it packs files into tasks: its default (4 MB, for Parquet files)
     * makes a task of some thirty reports of a few KB, and task overhead then eats into the throughput. At 256 KB a
     * task gets some five hundred; {@code --conf spark.sql.files.openCostInBytes=…} still decides.
     */
    private static final String OPEN_COST = "spark.sql.files.openCostInBytes";
    private static final String REPORT_OPEN_COST = "262144";

    private final SparkSession spark;
    private final PrintStream err;

    HuiyiSparkJob(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    public static void main(String[] args) {
        // HanLP's dictionaries (most of building an extractor) load while Spark starts: the driver builds one before
        // any task runs, and in local mode the tasks use that one
        MeetingExtractor.preload();
        SparkSession spark = SparkSession.builder().appName("huiyi").getOrCreate();
        int code;
        try {
            code = run(spark, System.err, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on a session the caller owns and returns its exit code. */
    public static int run(SparkSession spark, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new HuiyiSparkJob(spark, err));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("huiyi: " + (e instanceof HuiyiException ? e.getMessage() : "unexpected error: " + e));
            return e instanceof OutputFailed ? 3 : 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        if (timeoutMillis < 1 || maxBytes < 1 || maxChars < 1 || maxArchiveBytes < 1 || partitions < 0) {
            err.println("huiyi: --timeout-ms, --max-bytes, --max-chars and --max-archive-bytes must be positive");
            return 2;
        }
        long start = System.nanoTime();
        if (!spark.conf().contains(OPEN_COST)) {
            spark.conf().set(OPEN_COST, REPORT_OPEN_COST);
        }
        ExtractorSettings settings = new ExtractorSettings(maxBytes, maxChars, timeoutMillis, includeText,
                models == null ? null : UserModels.read(spark, models));
        // broken models stop the job here, with the file and line, before any task runs (and in local mode the
        // executors then find this extractor built)
        SharedExtractors.get(settings);
        JobCounters counters = new JobCounters(spark.sparkContext());
        Dataset<Row> outcomes = spark.createDataFrame(SparkInputs.outcomes(spark, inputs,
                new SparkInputs.Walk(include, exclude, maxArchiveBytes), settings, counters, partitions),
                OutcomeRows.SCHEMA);
        write(outcomes);
        BatchSummary summary = counters.summary((System.nanoTime() - start) / 1_000_000);
        err.println("huiyi: " + summary.describe());
        if (report != null) {
            writeReport(summary);
        }
        if (summary.documents() == 0) {
            err.println("huiyi: no input matched: no report in " + String.join(" ", inputs)
                    + (summary.ignored().isEmpty() ? "" : " (not inputs: " + summary.ignored() + ")") + "; see --include");
            return 2;
        }
        if (summary.failed() > 0) {
            err.println("huiyi: " + summary.failed() + " of " + summary.documents() + " inputs failed");
        }
        return summary.failed() == 0 ? 0 : 1;
    }

    private void write(Dataset<Row> outcomes) {
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        try {
            if (format == Format.jsonl) {
                // the CLI's lines as they are: a reader of huiyi extract --jsonl reads these too
                outcomes.select("json").write().mode(mode).text(out);
            } else {
                HuiyiSpark.structured(outcomes).write().mode(mode).parquet(out);
            }
        } catch (Exception e) {
            // a task's ModelException (an executor's models broken) arrives wrapped: it is the cause to report
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof HuiyiException huiyi) {
                    throw huiyi;
                }
            }
            throw new OutputFailed("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private void writeReport(BatchSummary summary) {
        try {
            Files.writeString(report, Json.pretty().writeValueAsString(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + report + ": " + e.getMessage(), e);
        }
    }

    /** The output could not be written: exit code 3, as the CLI's. */
    static final class OutputFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
