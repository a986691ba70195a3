package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.tools.bench.AttackFamily;
import dev.huiyi.tools.bench.BenchResult;
import dev.huiyi.tools.bench.MemoryBench;
import dev.huiyi.tools.bench.PipelineBench;
import dev.huiyi.tools.bench.ScalingBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code huiyi bench DIR}: whole-pipeline throughput against HanLP alone, 1 thread and N. Thin: see bench. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Whole-pipeline throughput over the reports in DIR (or an archive) after warm-up, with 1 thread "
                + "and N, against HanLP alone on the same documents; prints docs/s, chars/s, the ratio, the speed-up "
                + "and the peak heap.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR|ARCHIVE", arity = "0..1", description = "Reports to measure on (e.g. samples).")
    String input;

    @Option(names = "--scaling", description = "Instead: time per KB of one generated hostile document (separator runs, "
            + "name lists, a repeated report, date runs, quote runs) from --min-kb to --max-kb, doubling; each family is "
            + "warmed up first (--warmup-runs) and each size timed --repeat times (median, min; a GC before each run, "
            + "outside the clock).")
    boolean scaling;

    @Option(names = "--memory", description = "Instead: peak live heap per input character of one generated hostile "
            + "document of each family (as --scaling), at each size of --memory-kb; full collections are forced "
            + "while it runs, so it is slow.")
    boolean memory;

    @Option(names = "--memory-kb", paramLabel = "KB", split = ",", defaultValue = "256,1024",
            description = "Sizes of --memory (default: ${DEFAULT-VALUE}).")
    List<Integer> memoryKb;

    @Option(names = "--min-kb", paramLabel = "KB", defaultValue = "64", description = "Smallest size of --scaling (default: ${DEFAULT-VALUE}).")
    int minKb;

    @Option(names = "--max-kb", paramLabel = "KB", defaultValue = "4096", description = "Largest size of --scaling (default: ${DEFAULT-VALUE}).")
    int maxKb;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Runs of each size of --scaling; "
            + "the median is printed, the minimum beside it (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup-runs", paramLabel = "N", defaultValue = "5", description = "Least untimed runs of each family's "
            + "smallest document before its sizes are timed in --scaling; more follow for at least 5 s and until the "
            + "runs stop getting faster (at most 60 runs or 60 s), so that JIT warm-up stays out of the numbers "
            + "(default: ${DEFAULT-VALUE}).")
    int warmupRuns;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel run (default: available processors).")
    Integer threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "15", description = "Length of each measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "30", description = "Warm-up before measuring (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "2000", description = "Use at most N documents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (scaling || memory) {
            // the documents are larger than the default caps on purpose: the budgets are what is measured
            MeetingExtractor extractor = MeetingExtractor.builder().maxBytes(Integer.MAX_VALUE).maxChars(Integer.MAX_VALUE).build();
            if (memory) {
                new MemoryBench(extractor, System.out).run(List.of(AttackFamily.values()), memoryKb);
            } else {
                new ScalingBench(extractor, System.out, repeat, warmupRuns).run(List.of(AttackFamily.values()), minKb, maxKb);
            }
            return 0;
        }
        if (input == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "DIR|ARCHIVE is required (or --scaling, --memory)");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BenchResult result = new PipelineBench(MeetingExtractor.builder().build(), seconds, warmup, System.err)
                .run(input, n, limit);
        System.out.print(result.format());
        return 0;
    }
}
