package dev.huiyi.batch;

import java.util.Map;

/**
 * The end of a run: documents written (ok, with warnings, failed), inputs skipped by {@code --resume}, characters
 * and bytes of the documents, wall time, the rates derived from them and the peak heap (MB, in use / left
 * alive after a collection), and what the walk met that was not an input, by reason ({@code ignored}). Written as
 * {@code --report FILE}.
 */
public record BatchSummary(long documents, long ok, long withWarnings, long failed, long skipped, long chars,
                           long bytes, long elapsedMillis, double documentsPerSecond, double charsPerSecond,
                           double megabytesPerSecond, double peakHeapMegabytes, double peakLiveHeapMegabytes,
                           Map<String, Long> ignored) {
    public BatchSummary {
        ignored = Map.copyOf(ignored);
    }

    static BatchSummary of(long ok, long withWarnings, long failed, long skipped, long chars, long bytes,
                           long elapsedMillis, HeapWatch heap, Map<String, Long> ignored) {
        return of(ok, withWarnings, failed, skipped, chars, bytes, elapsedMillis, heap.peakUsed(), heap.peakLive(),
                ignored);
    }

    /**
     * The summary of a run whose documents were extracted in other JVMs (a Spark job's executors): there is no one
     * heap to watch, so the peaks are 0 and {@link #describe()} leaves them out.
     */
    public static BatchSummary distributed(long ok, long withWarnings, long failed, long chars, long bytes,
                                           long elapsedMillis, Map<String, Long> ignored) {
        return of(ok, withWarnings, failed, 0, chars, bytes, elapsedMillis, 0, 0, ignored);
    }

    private static BatchSummary of(long ok, long withWarnings, long failed, long skipped, long chars, long bytes,
                                   long elapsedMillis, long peakUsed, long peakLive, Map<String, Long> ignored) {
        double seconds = Math.max(elapsedMillis, 1) / 1000.0;
        long documents = ok + withWarnings + failed;
        return new BatchSummary(documents, ok, withWarnings, failed, skipped, chars, bytes, elapsedMillis,
                round(documents / seconds), round(chars / seconds), round(bytes / seconds / 1e6),
                round(peakUsed / 1e6), round(peakLive / 1e6), ignored);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One line for people: {@code 1000 documents: 990 ok, 5 with warnings, 5 failed; 123.4 docs/s, …}. */
    public String describe() {
        return documents + " documents: " + ok + " ok, " + withWarnings + " with warnings, " + failed + " failed"
                + (skipped > 0 ? " (" + skipped + " skipped, already done)" : "")
                + (ignored.isEmpty() ? "" : "; not inputs: " + ignored) + "; "
                + String.format(java.util.Locale.ROOT, "%.1f s, %.1f docs/s, %.0f chars/s, %.2f MB/s", elapsedMillis
                / 1000.0, documentsPerSecond, charsPerSecond, megabytesPerSecond)
                + (peakHeapMegabytes == 0 ? "" : String.format(java.util.Locale.ROOT,
                "; peak heap %.0f MB (live after GC %.0f MB)", peakHeapMegabytes, peakLiveHeapMegabytes));
    }
}
