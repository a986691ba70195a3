package dev.huiyi.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap while a run goes on: the peak of heap in use (garbage included) and the peak of what the
 * last collection left alive (the live set, what must stay flat over a long run).
 */
public final class HeapWatch implements AutoCloseable {
    private static final long EVERY_MILLIS = 20;
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    private HeapWatch() {
        sampler = new Thread(this::loop, "huiyi-heapwatch");
        sampler.setDaemon(true);
    }

    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.sample();
        watch.sampler.start();
        return watch;
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            live += afterGc == null ? 0 : afterGc.getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
    }

    /** Peak heap in use, garbage included, in bytes. */
    public long peakUsed() {
        return peakUsed;
    }

    /** Peak heap left alive after a collection, in bytes. */
    public long peakLive() {
        return peakLive;
    }

    @Override
    public void close() {
        running = false;
        sample();
        sampler.interrupt();
    }
}
