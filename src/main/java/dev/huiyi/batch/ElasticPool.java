package dev.huiyi.batch;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N worker threads, plus one more for each worker held by a timed-out document (a runaway document cannot be
 * stopped from outside, so its thread is written off until it returns, and a fresh one takes its place).
 */
final class ElasticPool {
    private final ThreadPoolExecutor executor;

    ElasticPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "huiyi-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }

    void execute(Runnable task) {
        executor.execute(task);
    }

    /** A worker is held by a runaway document: add a replacement. */
    synchronized void grow() {
        executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
        executor.setCorePoolSize(executor.getCorePoolSize() + 1);
        executor.prestartCoreThread();
    }

    /** The runaway document returned: its worker is back, drop the replacement. */
    synchronized void shrink() {
        executor.setCorePoolSize(executor.getCorePoolSize() - 1);
        executor.setMaximumPoolSize(executor.getMaximumPoolSize() - 1);
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
