package dev.huiyi.tools.cli;

import dev.huiyi.batch.BatchListener;
import dev.huiyi.batch.BatchSummary;
import dev.huiyi.batch.Outcome;
import dev.huiyi.batch.Tally;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** A progress bar on a terminal's stderr: documents, documents/s, MB/s and (once inputs are counted) the ETA. */
final class TerminalProgress implements BatchListener {
    private final ProgressBar bar;
    private final PrintStream err;
    private final LongSupplier total;
    private final LongSupplier skipped;
    private boolean maxKnown;

    TerminalProgress(PrintStream err, LongSupplier total, LongSupplier skipped) {
        this.err = err;
        this.total = total;
        this.skipped = skipped;
        this.bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(-1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" docs", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    @Override
    public void written(Outcome outcome, Tally tally) {
        if (!maxKnown && total.getAsLong() >= 0) {
            maxKnown = true;
            bar.maxHint(total.getAsLong());
        }
        double seconds = Math.max(tally.elapsedMillis(), 1) / 1000.0;
        bar.setExtraMessage(String.format(Locale.ROOT, " %.2f MB/s, %d failed", tally.bytes() / seconds / 1e6,
                tally.failed()));
        bar.stepTo(tally.documents() + skipped.getAsLong());
    }

    @Override
    public void finished(BatchSummary summary) {
        bar.close();
        err.println("huiyi: " + summary.describe());
    }
}
