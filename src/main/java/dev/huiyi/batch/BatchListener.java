package dev.huiyi.batch;

/** Follows a batch as outputs are written (progress bars, log lines). Called by one thread at a time. */
public interface BatchListener {
    BatchListener NONE = (outcome, tally) -> { };

    /** After each output is written. */
    void written(Outcome outcome, Tally tally);

    /** Once, at the end. */
    default void finished(BatchSummary summary) {
    }
}
