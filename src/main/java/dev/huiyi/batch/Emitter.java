package dev.huiyi.batch;

import dev.huiyi.io.RecordWriter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Writes outcomes one at a time, in completion order or (ordered) in input order, holding back those that
 * finish early; each write frees one place in the window of documents in flight.
 */
final class Emitter {
    private final RecordWriter writer;
    private final boolean ordered;
    private final Semaphore window;
    private final java.util.concurrent.ConcurrentHashMap<Long, Integer> weights = new java.util.concurrent.ConcurrentHashMap<>();
    private final BatchListener listener;
    private final Tally tally = new Tally();
    private final Map<Long, Outcome> waiting = new HashMap<>();
    private long nextSeq;

    Emitter(RecordWriter writer, boolean ordered, Semaphore window, BatchListener listener) {
        this.writer = writer;
        this.ordered = ordered;
        this.window = window;
        this.listener = listener;
    }

    synchronized void emit(Outcome outcome) throws IOException {
        if (!ordered) {
            write(outcome);
            return;
        }
        waiting.put(outcome.seq(), outcome);
        Outcome next;
        while ((next = waiting.remove(nextSeq)) != null) {
            write(next);
            nextSeq++;
        }
    }

    synchronized Tally tally() {
        return tally;
    }

    private void write(Outcome outcome) throws IOException {
        writer.write(outcome.input(), outcome.json());
        tally.add(outcome);
        listener.written(outcome, tally);
        Integer weight = weights.remove(outcome.seq());
        window.release(weight == null ? 1 : weight);
    }

    /** The places in the window the input numbered seq takes (one unless said here), released when it is written. */
    void weigh(long seq, int weight) {
        if (weight != 1) {
            weights.put(seq, weight);
        }
    }
}
