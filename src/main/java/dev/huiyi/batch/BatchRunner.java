package dev.huiyi.batch;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputRef;
import dev.huiyi.io.RecordWriter;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs a batch: inputs are pulled lazily on the calling thread, extracted on N workers, and written as they
 * complete (or in input order); at most a small window of documents is in memory at once, whatever the number
 * of inputs. Every input gets exactly one output; a document over its time budget gets a timeout error.
 */
public final class BatchRunner {
    /** Threads, output order, per-document time budget. */
    public record Settings(int threads, boolean ordered, long timeoutMillis) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            if (timeoutMillis < 1) {
                throw new IllegalArgumentException("timeout must be positive");
            }
        }
    }

    private final MeetingExtractor extractor;
    private final Settings settings;

    public BatchRunner(MeetingExtractor extractor, Settings settings) {
        this.extractor = extractor;
        this.settings = settings;
    }

    /**
     * Runs every input to one output. Stops early only when our models are broken (ModelException) or the
     * output cannot be written (IOException).
     *
     * @param skipped how many inputs were skipped as already done, for the summary
     * @param ignored what the walk met that was not an input, by reason, for the summary
     */
    public BatchSummary run(Iterator<InputItem> inputs, RecordWriter writer, BatchListener listener,
                            LongSupplier skipped, Supplier<Map<String, Long>> ignored) throws IOException {
        int windowSize = settings.threads() * 4;
        Semaphore window = new Semaphore(windowSize);
        Emitter emitter = new Emitter(writer, settings.ordered(), window, listener);
        Extractions extractions = new Extractions(extractor, writer);
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ElasticPool pool = new ElasticPool(settings.threads());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setDaemon(true);
            t.setName("huiyi-watchdog");
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        Job job = new Job(emitter, extractions, pool, timer, fatal);
        HeapWatch heap = HeapWatch.start();
        try {
            long seq = 0;
            while (fatal.get() == null && inputs.hasNext()) {
                InputItem item = inputs.next();
                long s = seq++;
                int weight = weight(item, windowSize);
                emitter.weigh(s, weight);
                acquire(window, weight, fatal);
                if (item.isFailed()) {
                    job.emit(extractions.extract(s, item));
                } else {
                    pool.execute(() -> job.run(s, item));
                }
            }
            acquire(window, windowSize, fatal);
        } finally {
            pool.shutdown();
            timer.shutdownNow();
            heap.close();
        }
        rethrow(fatal.get());
        BatchSummary summary = emitter.tally().summary(skipped.getAsLong(), ignored.get(), heap);
        listener.finished(summary);
        return summary;
    }

    /**
     * Places in the window an input takes: one, and more for a large one, so that the bytes of the documents in
     * flight stay under an eighth of the heap (at -Xmx256m, four inputs of 9 MB waiting beside two extractions
     * exhausted the heap on the reading thread and the run died). A document larger than that share takes the
     * whole window and runs alone.
     */
    static int weight(InputItem item, int windowSize) {
        long share = Math.max(Runtime.getRuntime().maxMemory() / 8 / windowSize, 1);
        long bytes = item.isFailed() ? 0 : Math.max(item.bytes(), 0);
        return (int) Math.min(windowSize, 1 + bytes / share);
    }

    private static void acquire(Semaphore window, int permits, AtomicReference<Throwable> fatal) {
        try {
            while (fatal.get() == null && !tryAcquire(window, permits)) {
                // wait for outputs to be written, or for a fatal error
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fatal.compareAndSet(null, e);
        }
    }

    /**
     * Waiting allocates (a queue node per try): while a worker's document exhausts the heap, this thread can be the
     * one the OutOfMemoryError hits, and the run died with every later input lost (OutOfMemoryLineTest). The
     * worker's error unwinds its extraction and frees the heap, so this thread waits and tries again.
     */
    private static boolean tryAcquire(Semaphore window, int permits) throws InterruptedException {
        try {
            return window.tryAcquire(permits, 100, TimeUnit.MILLISECONDS);
        } catch (OutOfMemoryError e) {
            Thread.sleep(100);
            return false;
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("batch interrupted", t);
    }

    /** One document on a worker, raced by its watchdog: whichever finishes first writes the output. */
    private final class Job {
        private final Emitter emitter;
        private final Extractions extractions;
        private final ElasticPool pool;
        private final ScheduledExecutorService timer;
        private final AtomicReference<Throwable> fatal;

        Job(Emitter emitter, Extractions extractions, ElasticPool pool, ScheduledExecutorService timer,
            AtomicReference<Throwable> fatal) {
            this.emitter = emitter;
            this.extractions = extractions;
            this.pool = pool;
            this.timer = timer;
            this.fatal = fatal;
        }

        void run(long seq, InputItem item) {
            if (fatal.get() != null) {
                return;
            }
            AtomicBoolean claimed = new AtomicBoolean();
            Thread worker = Thread.currentThread();
            InputRef ref = new InputRef(item.id(), item.outputName());
            long bytes = item.bytes();
            ScheduledFuture<?> watchdog = timer.schedule(() -> timedOut(seq, ref, bytes, claimed, worker),
                    settings.timeoutMillis(), TimeUnit.MILLISECONDS);
            try {
                Outcome outcome = extractions.extract(seq, item);
                watchdog.cancel(false);
                if (claimed.compareAndSet(false, true)) {
                    emit(outcome);
                } else {
                    pool.shrink();
                }
            } catch (Throwable t) {
                watchdog.cancel(false);
                fatal.compareAndSet(null, t);
            } finally {
                Thread.interrupted(); // a watchdog's interrupt must not leak into the next document
            }
        }

        private void timedOut(long seq, InputRef ref, long bytes, AtomicBoolean claimed, Thread worker) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            pool.grow();
            worker.interrupt();
            try {
                emit(extractions.failure(seq, ref, "TimeoutException",
                        "no result within " + settings.timeoutMillis() + " ms", bytes));
            } catch (IOException e) {
                fatal.compareAndSet(null, e);
            }
        }

        void emit(Outcome outcome) {
            try {
                emitter.emit(outcome);
            } catch (IOException e) {
                fatal.compareAndSet(null, e);
            } catch (RuntimeException e) {
                fatal.compareAndSet(null, e);
            }
        }
    }
}
