package dev.huiyi.tools.bench;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.batch.BatchListener;
import dev.huiyi.batch.BatchRunner;
import dev.huiyi.batch.BatchSummary;
import dev.huiyi.batch.HeapWatch;
import dev.huiyi.hanlp.HanlpReference;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputWalker;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code huiyi bench}: the whole batch pipeline (read, extract, render JSON, in the batch runner) over the
 * documents of a directory or archive, after a warm-up, with one thread and with N, against HanLP alone
 * ({@link HanlpReference}) on the normalised text of the same documents.
 */
public final class PipelineBench {
    private final MeetingExtractor extractor;
    private final double seconds;
    private final double warmupSeconds;
    private final PrintStream log;

    public PipelineBench(MeetingExtractor extractor, double seconds, double warmupSeconds, PrintStream log) {
        this.extractor = extractor;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.log = log;
    }

    public BenchResult run(String input, int threads, int limit) throws IOException, InterruptedException {
        List<InputItem> items = load(input, limit);
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (InputItem item : items) {
            String text = extractor.extract(item.source()).normalisedText();
            texts.add(text);
            chars += text.length();
        }
        HanlpReference hanlp = HanlpReference.load();
        try (HeapWatch heap = HeapWatch.start()) {
            log.printf("warm-up %.0f s…%n", warmupSeconds);
            pipeline(items, threads, warmupSeconds);
            hanlp(hanlp, texts, threads, warmupSeconds / 2);
            // 1 thread, N threads, then 1 thread again: the JIT is still improving after the warm-up, so the
            // better of the two single-thread runs keeps the speed-up honest.
            log.println("pipeline, 1 thread…");
            double one = pipeline(items, 1, seconds);
            log.println("pipeline, " + threads + " threads…");
            double many = pipeline(items, threads, seconds);
            log.println("pipeline, 1 thread again…");
            one = Math.max(one, pipeline(items, 1, seconds));
            log.println("HanLP only, 1 thread…");
            double hanlpOne = hanlp(hanlp, texts, 1, seconds);
            log.println("HanLP only, " + threads + " threads…");
            double hanlpMany = hanlp(hanlp, texts, threads, seconds);
            log.println("HanLP only, 1 thread again…");
            hanlpOne = Math.max(hanlpOne, hanlp(hanlp, texts, 1, seconds));
            heap.close();
            return new BenchResult(items.size(), chars, threads, seconds, one, many, hanlpOne, hanlpMany,
                    heap.peakUsed() / 1e6, heap.peakLive() / 1e6);
        }
    }

    private List<InputItem> load(String input, int limit) throws IOException {
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(),
                MeetingExtractor.DEFAULT_MAX_BYTES, Long.MAX_VALUE, null, ref -> false, System.in);
        List<InputItem> items = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of(input), settings)) {
            while (walker.hasNext() && items.size() < limit) {
                InputItem item = walker.next();
                if (!item.isFailed()) {
                    items.add(item);
                }
            }
        }
        if (items.isEmpty()) {
            throw new IOException("no readable reports in " + input);
        }
        return items;
    }

    /** Documents per second of the batch runner over the documents, repeated for {@code secs}. */
    private double pipeline(List<InputItem> items, int threads, double secs) throws IOException {
        BatchRunner runner = new BatchRunner(extractor, new BatchRunner.Settings(threads, false, 600_000));
        BatchSummary summary = runner.run(new Cycle<>(items, secs), new DiscardingWriter(), BatchListener.NONE, () -> 0, java.util.Map::of);
        return summary.documents() * 1000.0 / Math.max(1, summary.elapsedMillis());
    }

    /** Documents per second of HanLP alone on the normalised texts, {@code threads} at once. */
    private static double hanlp(HanlpReference hanlp, List<String> texts, int threads, double secs)
            throws InterruptedException {
        Cycle<String> cycle = new Cycle<>(texts, secs);
        AtomicLong docs = new AtomicLong();
        AtomicLong terms = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (true) {
                        String text;
                        synchronized (cycle) {
                            if (!cycle.hasNext()) {
                                return;
                            }
                            text = cycle.next();
                        }
                        terms.addAndGet(hanlp.segment(text));
                        docs.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return terms.get() < 0 ? 0 : docs.get() / elapsed;
    }
}
