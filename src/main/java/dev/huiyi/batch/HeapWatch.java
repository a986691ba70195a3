package dev.huiyi.batch;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Samples the heap while a run goes on: the peak of heap in use (garbage included) and the peak of what the
 * last collection left alive (the live set, what must stay flat over a long run).
 */
public final class HeapWatch implements AutoCloseable {
    private static final long EVERY_MILLIS = 20;
    private volatile Set<String> heapPools = Set.of();
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            recordLive(live);
        }
    };
    private volatile boolean running = true;
    private long peakUsed;
    private long peakLive;

    private HeapWatch() {
        sampler = new Thread(this::loop, "huiyi-heapwatch");
        sampler.setDaemon(true);
    }

    /** Starts watching; the management beans are set up on the watcher's thread, off the caller's path. */
    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.sampler.start();
        return watch;
    }

    private void listen() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        synchronized (emitters) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(afterGc, null, null);
                    emitters.add(emitter);
                }
            }
        }
    }

    private void loop() {
        listen();
        while (running) {
            try {
                sample();
            } catch (OutOfMemoryError e) {
                // a worker's document exhausted the heap for a moment: that sample is lost, the watch goes on
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        synchronized (this) {
            peakUsed = Math.max(peakUsed, used);
        }
    }

    private synchronized void recordLive(long live) {
        peakLive = Math.max(peakLive, live);
    }

    /** Peak heap in use, garbage included, in bytes. */
    public synchronized long peakUsed() {
        return peakUsed;
    }

    /** Peak heap in use right after a collection (the live set plus what survived as garbage), in bytes. */
    public synchronized long peakLive() {
        return peakLive;
    }

    @Override
    public void close() {
        running = false;
        sample();
        sampler.interrupt();
        synchronized (emitters) {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(afterGc);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
            emitters.clear();
        }
    }
}
