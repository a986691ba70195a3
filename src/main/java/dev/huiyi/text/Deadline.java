package dev.huiyi.text;

import dev.huiyi.api.TimeoutException;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time budget of the document being extracted on this thread. Long loops call {@link #check()}, and regex
 * searches read the text through {@link #guard}, so that a document over its budget (or whose thread is
 * interrupted, as a batch's watchdog does) really stops and frees its thread instead of running on unseen.
 * The budget is per thread and set only for the span of one extraction ({@link #run}); it is never shared between
 * documents or threads.
 */
public final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    /** Characters a guarded regex may read between two clock reads. */
    private static final int READS_PER_CHECK = 1 << 14;
    /** Texts shorter than this are searched without a view (see {@link #guard}); reports are mostly shorter. */
    private static final int GUARD_FROM = 20_000;

    private final long deadlineNanos;
    private final long budgetMillis;

    private Deadline(long deadlineNanos, long budgetMillis) {
        this.deadlineNanos = deadlineNanos;
        this.budgetMillis = budgetMillis;
    }

    /** A budget starting now; {@code null} or zero means none (only an interrupt stops the work). */
    public static Deadline after(Duration budget) {
        if (budget == null || budget.isZero()) {
            return new Deadline(Long.MAX_VALUE, 0);
        }
        return new Deadline(System.nanoTime() + budget.toNanos(), budget.toMillis());
    }

    /** Runs {@code work} under this budget on the calling thread. */
    public <T> T run(Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link TimeoutException} when the current document is over its budget or its thread was interrupted. */
    public static void check() {
        Deadline current = CURRENT.get();
        if (current != null) {
            current.checkNow();
        }
    }

    private void checkNow() {
        if (Thread.currentThread().isInterrupted()) {
            throw new TimeoutException("interrupted: the document's work was cancelled");
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new TimeoutException("no result within " + budgetMillis + " ms");
        }
    }

    /**
     * The text as a regex should read it: under a budget, a view of a long text that checks it every few thousand
     * characters read, so that a search over a hostile document stops with it; otherwise the text itself. Short
     * texts are searched directly: a regex reads a String much faster than any view (the view cost 28% of the
     * pipeline's speed on ordinary reports), a search over a few thousand characters ends quickly anyway, and the
     * rule regexes that could backtrack without bound are refused when they load.
     */
    public static CharSequence guard(CharSequence text) {
        if (text.length() < GUARD_FROM || text instanceof CountedReads) {
            return text;
        }
        Deadline current = CURRENT.get();
        return current == null ? text : new CountedReads(text, READS_PER_CHECK, current::checkNow);
    }
}
