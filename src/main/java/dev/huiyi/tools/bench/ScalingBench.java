package dev.huiyi.tools.bench;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.Source;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Time per KB of one document as it grows (64 KB … the largest size asked), for every {@link AttackFamily}: a flat
 * column means the pipeline is linear for that family. Sizes are in characters of the generated text.
 *
 * <p>What is timed per document is one {@code extract} of the generated text (the text is made before the clock
 * starts), as before. Warm-up is kept out of the numbers: every family is first extracted at 16 KB (all families),
 * then each family's own smallest document is extracted untimed until it stops getting faster (at least
 * {@code warmupRuns} times) before its first size is timed, and every size is extracted {@code repeats} times, each after a {@code System.gc()} outside the clock; the
 * median is reported (the minimum beside it). Without this, the smallest sizes carried the JIT compilation of the
 * family's paths and read up to 3× the per-KB cost of the largest although the cost was linear.
 */
public final class ScalingBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final MeetingExtractor extractor;
    private final PrintStream log;
    private final int repeats;
    private final int warmupRuns;
    /** Most untimed runs of a family's smallest document (see {@link #warmUntilSteady}). */
    private static final int MAX_WARMUP_RUNS = 60;
    /**
     * Shortest warm-up of one family: runs can be steady before C2 has compiled the largest methods (64 KB of 、 took
     * some 130 ms for ten runs before it fell to 28 ms), so steadiness is only asked after this long.
     */
    private static final int MIN_WARMUP_SECONDS = 5;
    /** Longest warm-up of one family. */
    private static final int MAX_WARMUP_SECONDS = 60;

    public ScalingBench(MeetingExtractor extractor, PrintStream log) {
        this(extractor, log, 3, 5);
    }

    public ScalingBench(MeetingExtractor extractor, PrintStream log, int repeats, int warmupRuns) {
        if (repeats < 1 || warmupRuns < 0) {
            throw new IllegalArgumentException("repeats must be positive and warm-up runs not negative");
        }
        this.extractor = extractor;
        this.log = log;
        this.repeats = repeats;
        this.warmupRuns = warmupRuns;
    }

    /**
     * One measurement: the family, the size in KB, the median and the minimum milliseconds of the repeats (or the
     * failure).
     */
    public record Point(AttackFamily family, int kb, double millis, double minMillis, double cpuMillis, String failure) {
        public double millisPerKb() {
            return millis / kb;
        }

        /** The median CPU time of the extracting thread per KB (collector threads not included). */
        public double cpuMillisPerKb() {
            return cpuMillis / kb;
        }

        public double minMillisPerKb() {
            return minMillis / kb;
        }
    }

    public List<Point> run(List<AttackFamily> families, int minKb, int maxKb) {
        log.printf(Locale.ROOT, "# median of %d runs a size (min beside it); each family warmed up by at least %d "
                + "untimed runs at %d KB, until steady%n", repeats, warmupRuns, minKb);
        warmUp();
        List<Point> points = new ArrayList<>();
        for (AttackFamily family : families) {
            int warmed = warmUntilSteady(family, family.text(minKb * 1024));
            log.printf(Locale.ROOT, "# %s: %d untimed runs at %d KB until steady%n", family, warmed, minKb);
            List<Point> column = new ArrayList<>();
            for (int kb = minKb; kb <= maxKb; kb *= 2) {
                Point p = measure(family, kb);
                log.println(format(p));
                column.add(p);
            }
            log.println(spread(column));
            points.addAll(column);
        }
        return points;
    }

    /**
     * Extracts the family's smallest document untimed until it stops getting faster: at least {@code warmupRuns}
     * times and {@link #MIN_WARMUP_SECONDS}, then until the median of the last three runs is no more than 10% below that of the three before, at
     * most {@link #MAX_WARMUP_RUNS} runs or {@link #MAX_WARMUP_SECONDS}. A fixed count (five) left the C2 compilation
     * of the largest methods inside the 64 KB figures on two cores: 64 KB of 、 took 135 ms after five runs and 28 ms
     * after fifteen, the same 0.44 ms/KB as 1 MB. Returns the runs made.
     */
    private int warmUntilSteady(AttackFamily family, String text) {
        List<Double> runs = new ArrayList<>();
        long start = System.nanoTime();
        long least = start + MIN_WARMUP_SECONDS * 1_000_000_000L;
        long deadline = start + MAX_WARMUP_SECONDS * 1_000_000_000L;
        while (runs.size() < warmupRuns || System.nanoTime() < least
                || !steady(runs) && runs.size() < MAX_WARMUP_RUNS && System.nanoTime() < deadline) {
            // as before each timed run: a full collection shrinks the heap a run without one had grown, and the
            // next runs pay for touching it again (64 KB of 、: 145 and 111 ms after the first two, then 30 ms)
            System.gc();
            long t0 = System.nanoTime();
            time(family, text);
            runs.add((System.nanoTime() - t0) / 1e6);
        }
        return runs.size();
    }

    /** Whether the last three runs are, by their median, no more than 10% faster than the three before them. */
    private static boolean steady(List<Double> runs) {
        int n = runs.size();
        if (n < 6) {
            return false;
        }
        double[] last = {runs.get(n - 1), runs.get(n - 2), runs.get(n - 3)};
        double[] before = {runs.get(n - 4), runs.get(n - 5), runs.get(n - 6)};
        Arrays.sort(last);
        Arrays.sort(before);
        return median(last) >= 0.9 * median(before);
    }

    private void warmUp() {
        for (AttackFamily family : AttackFamily.values()) {
            String text = family.text(16 * 1024);
            for (int i = 0; i < 3; i++) {
                time(family, text);
            }
        }
    }

    private Point measure(AttackFamily family, int kb) {
        String text = family.text(kb * 1024);
        double[] millis = new double[repeats];
        double[] cpu = new double[repeats];
        String failure = null;
        for (int i = 0; i < repeats; i++) {
            System.gc(); // the previous run's garbage is not charged to this one
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            String f = time(family, text);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
            failure = failure == null ? f : failure;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new Point(family, kb, median(millis), millis[0], median(cpu), failure);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Extracts the text once; the failure, or null. */
    private String time(AttackFamily family, String text) {
        try {
            extractor.extract(Source.ofText(family.name().toLowerCase(Locale.ROOT), text));
            return null;
        } catch (HuiyiException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    public static String format(Point p) {
        return String.format(Locale.ROOT, "%-18s %6d KB %10.1f ms %8.3f ms/KB (min %8.3f, thread CPU %8.3f)%s",
                p.family(), p.kb(), p.millis(), p.millisPerKb(), p.minMillisPerKb(), p.cpuMillisPerKb(),
                p.failure() == null ? "" : "  (" + p.failure() + ")");
    }

    /** The largest over the smallest median ms/KB of one family's sizes: within 2 is "flat". */
    public static String spread(List<Point> column) {
        return String.format(Locale.ROOT, "%-18s spread %.2f× wall, %.2f× min wall, %.2f× thread CPU (max/min of ms/KB "
                + "over the sizes)", column.isEmpty() ? "" : column.get(0).family(), ratio(column, Point::millisPerKb),
                ratio(column, Point::minMillisPerKb), ratio(column, Point::cpuMillisPerKb));
    }

    private static double ratio(List<Point> column, java.util.function.ToDoubleFunction<Point> f) {
        double max = column.stream().mapToDouble(f).max().orElse(0);
        double min = column.stream().mapToDouble(f).min().orElse(0);
        return min == 0 ? 0 : max / min;
    }
}
