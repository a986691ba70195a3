package dev.huiyi.tools.bench;

import java.util.Locale;

/**
 * What {@code huiyi bench} measured: documents per second of the whole pipeline and of HanLP alone on the
 * same documents, with one thread and with N, and the peak heap. Characters are those of the normalised text
 * (what both segment), so chars/s of both are comparable.
 */
public record BenchResult(int documents, long normalisedChars, int threads, double seconds,
                          double pipelineOneDocsPerSecond, double pipelineManyDocsPerSecond,
                          double hanlpOneDocsPerSecond, double hanlpManyDocsPerSecond,
                          double peakHeapMegabytes, double peakLiveHeapMegabytes) {

    public double averageChars() {
        return (double) normalisedChars / documents;
    }

    /** Pipeline throughput as a share of HanLP-only throughput, one thread each. */
    public double ratioToHanlp() {
        return pipelineOneDocsPerSecond / hanlpOneDocsPerSecond;
    }

    /** N threads over one thread, whole pipeline. */
    public double speedUp() {
        return pipelineManyDocsPerSecond / pipelineOneDocsPerSecond;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents: %d (%d normalised chars, %.0f per document); "
                + "%.0f s per measurement after warm-up%n%n", documents, normalisedChars, averageChars(), seconds));
        out.append(String.format(Locale.ROOT, "%-26s %10s %12s%n", "", "docs/s", "chars/s"));
        row(out, "pipeline, 1 thread", pipelineOneDocsPerSecond);
        row(out, "pipeline, " + threads + " threads", pipelineManyDocsPerSecond);
        row(out, "HanLP only, 1 thread", hanlpOneDocsPerSecond);
        row(out, "HanLP only, " + threads + " threads", hanlpManyDocsPerSecond);
        out.append(String.format(Locale.ROOT, "%npipeline / HanLP only (1 thread): %.2f%n", ratioToHanlp()));
        out.append(String.format(Locale.ROOT, "speed-up %d threads / 1 thread: %.2f (HanLP only: %.2f)%n", threads,
                speedUp(), hanlpManyDocsPerSecond / hanlpOneDocsPerSecond));
        out.append(String.format(Locale.ROOT, "peak heap: %.0f MB in use, %.0f MB live after GC (max heap %d MB)%n",
                peakHeapMegabytes, peakLiveHeapMegabytes, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return out.toString();
    }

    private void row(StringBuilder out, String label, double docsPerSecond) {
        out.append(String.format(Locale.ROOT, "%-26s %10.1f %12.0f%n", label, docsPerSecond,
                docsPerSecond * averageChars()));
    }
}
