package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.tools.bench.CorpusGenerator;
import dev.huiyi.tools.bench.SampleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code huiyi generate}: a synthetic archive for benchmarks and the memory run. Thin: see bench. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic .zip or .tar.gz of N reports recombined from the samples' sentences, "
                + "with varied names and dates (for benchmarks; not for evaluation).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", paramLabel = "N", required = true, description = "Number of documents.")
    int count;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "FILE.zip or FILE.tar.gz to write.")
    Path out;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Reports to recombine (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        SampleText text = SampleText.load(samples, MeetingExtractor.builder().build());
        new CorpusGenerator(text, seed).write(out, count);
        System.err.println("wrote " + count + " documents to " + out);
        return 0;
    }
}
