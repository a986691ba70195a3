package dev.huiyi.tools.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.Source;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Peak live heap of one extraction per input character, for every {@link AttackFamily}: the budget is
 * "at most 20 bytes per character above the extractor's own".
 *
 * <p>How: a sampler thread forces full collections ({@code System.gc()}) while the document is extracted, pausing
 * after each as long as it took, and the heap left after each of them (from the collector's notification, so
 * exactly what was reachable at that moment) is a sample of the live set. The baseline is the same measure taken
 * just before the document's text is made, with the extractor loaded and warmed up; the text itself, the normalised
 * copy, the record and everything in between count. A sampled peak is a lower bound of the true one, so the number
 * of samples is printed too.
 */
public final class MemoryBench {
    private final MeetingExtractor extractor;
    private final PrintStream log;

    public MemoryBench(MeetingExtractor extractor, PrintStream log) {
        this.extractor = extractor;
        this.log = log;
    }

    /** One measurement: peak live heap above the baseline, in bytes, and how many full collections sampled it. */
    public record Point(AttackFamily family, int kb, long peakBytes, int samples, String failure) {
        public double bytesPerChar() {
            return (double) peakBytes / (kb * 1024L);
        }
    }

    public List<Point> run(List<AttackFamily> families, List<Integer> sizesKb) {
        for (AttackFamily family : families) {
            measure(family, 16); // warm-up: classes loaded and lazily built tables filled before any baseline
        }
        List<Point> points = new ArrayList<>();
        for (AttackFamily family : families) {
            for (int kb : sizesKb) {
                Point p = measure(family, kb);
                log.println(format(p));
                points.add(p);
            }
        }
        return points;
    }

    /** Peak live heap of extracting one document of {@code kb} KB of the family, above the live heap before it. */
    public Point measure(AttackFamily family, int kb) {
        long baseline = liveAfterFullGc();
        String failure = null;
        long peak;
        int samples;
        try (FullGcSampler sampler = FullGcSampler.start()) {
            String text = family.text(kb * 1024);
            try {
                Extraction kept = extractor.extract(Source.ofText(family.name().toLowerCase(Locale.ROOT), text));
                sampler.sampleNow(); // the result, still held, counts as a caller would hold it
                Reference.reachabilityFence(kept);
            } catch (HuiyiException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            sampler.stop();
            peak = sampler.peak();
            samples = sampler.samples();
        }
        return new Point(family, kb, Math.max(0, peak - baseline), samples, failure);
    }

    private static long liveAfterFullGc() {
        try (FullGcSampler sampler = FullGcSampler.listening()) {
            sampler.sampleNow();
            sampler.sampleNow();
            return sampler.last();
        }
    }

    public static String format(Point p) {
        return String.format(Locale.ROOT, "%-18s %6d KB %9.1f MB peak live %8.1f B/char  (%d samples)%s",
                p.family(), p.kb(), p.peakBytes() / 1e6, p.bytesPerChar(), p.samples(),
                p.failure() == null ? "" : "  (" + p.failure() + ")");
    }

    /**
     * Forces full collections on its own thread and keeps the largest heap left after one. Only collections the
     * sampler caused are read: a young collection leaves garbage in the old generation and would over-count.
     */
    private static final class FullGcSampler implements AutoCloseable {
        private static final String SYSTEM_GC = "System.gc()";
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        private final NotificationListener afterGc = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (!SYSTEM_GC.equals(info.getGcCause())) {
                return;
            }
            long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            peak.accumulateAndGet(live, Math::max);
            last.set(live);
            count.incrementAndGet();
        };
        private Thread thread;
        private volatile boolean running = true;

        static FullGcSampler listening() {
            FullGcSampler sampler = new FullGcSampler();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(sampler.afterGc, null, null);
                    sampler.emitters.add(emitter);
                }
            }
            return sampler;
        }

        static FullGcSampler start() {
            FullGcSampler sampler = listening();
            sampler.thread = new Thread(() -> {
                while (sampler.running) {
                    long t0 = System.nanoTime();
                    System.gc();
                    // as long again for the extraction: back-to-back collections would leave it hardly any time
                    long tookMillis = (System.nanoTime() - t0) / 1_000_000;
                    try {
                        Thread.sleep(Math.max(5, tookMillis));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "huiyi-memory-sampler");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        /** One full collection now, on the caller's thread; its sample is counted before this returns. */
        void sampleNow() {
            long before = count.get();
            System.gc();
            long until = System.nanoTime() + 2_000_000_000L;
            while (count.get() == before && System.nanoTime() < until) {
                Thread.onSpinWait(); // notifications arrive on the JMX thread, shortly after the collection
            }
        }

        void stop() {
            running = false;
            if (thread != null) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        long peak() {
            return peak.get();
        }

        long last() {
            return last.get();
        }

        int samples() {
            return (int) count.get();
        }

        @Override
        public void close() {
            stop();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(afterGc);
                } catch (ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
    }
}
