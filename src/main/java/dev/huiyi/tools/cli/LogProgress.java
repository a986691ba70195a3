package dev.huiyi.tools.cli;

import dev.huiyi.batch.BatchListener;
import dev.huiyi.batch.BatchSummary;
import dev.huiyi.batch.Outcome;
import dev.huiyi.batch.Tally;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Progress as plain log lines every few seconds, for stderr that is a file or a pipe. */
final class LogProgress implements BatchListener {
    private static final long EVERY_MILLIS = 10_000;
    private final PrintStream err;
    private final LongSupplier total;
    private final LongSupplier skipped;
    private long lastMillis;

    /** {@code total} is -1 until the inputs have been counted. */
    LogProgress(PrintStream err, LongSupplier total, LongSupplier skipped) {
        this.err = err;
        this.total = total;
        this.skipped = skipped;
    }

    @Override
    public void written(Outcome outcome, Tally tally) {
        long now = tally.elapsedMillis();
        if (now - lastMillis >= EVERY_MILLIS) {
            lastMillis = now;
            err.println(line(tally, total.getAsLong(), skipped.getAsLong()));
        }
    }

    static String line(Tally tally, long total, long skipped) {
        double seconds = Math.max(tally.elapsedMillis(), 1) / 1000.0;
        double docsPerSecond = tally.documents() / seconds;
        long done = tally.documents() + skipped;
        String of = total < 0 ? "" : " of " + total;
        String eta = total < 0 || docsPerSecond == 0 ? ""
                : String.format(Locale.ROOT, ", ETA %ds", Math.round(Math.max(0, total - done) / docsPerSecond));
        return String.format(Locale.ROOT, "huiyi: %d%s documents (%d failed), %.1f docs/s, %.2f MB/s%s",
                done, of, tally.failed(), docsPerSecond, tally.bytes() / seconds / 1e6, eta);
    }

    @Override
    public void finished(BatchSummary summary) {
        err.println("huiyi: " + summary.describe());
    }
}
