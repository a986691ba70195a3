package dev.huiyi.tools.bench;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.Source;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time per KB of one document as it grows (64 KB … the largest size asked), for every {@link AttackFamily}: a flat
 * column means the pipeline is linear for that family. Sizes are in characters of the generated text.
 */
public final class ScalingBench {
    private final MeetingExtractor extractor;
    private final PrintStream log;

    public ScalingBench(MeetingExtractor extractor, PrintStream log) {
        this.extractor = extractor;
        this.log = log;
    }

    /** One measurement: the family, the size in KB, milliseconds and milliseconds per KB (or the failure). */
    public record Point(AttackFamily family, int kb, double millis, String failure) {
        public double millisPerKb() {
            return millis / kb;
        }
    }

    public List<Point> run(List<AttackFamily> families, int minKb, int maxKb) {
        warmUp();
        List<Point> points = new ArrayList<>();
        for (AttackFamily family : families) {
            for (int kb = minKb; kb <= maxKb; kb *= 2) {
                Point p = measure(family, kb);
                log.println(format(p));
                points.add(p);
            }
        }
        return points;
    }

    private void warmUp() {
        for (AttackFamily family : AttackFamily.values()) {
            for (int i = 0; i < 3; i++) {
                measure(family, 16);
            }
        }
    }

    private Point measure(AttackFamily family, int kb) {
        String text = family.text(kb * 1024);
        long t0 = System.nanoTime();
        String failure = null;
        try {
            extractor.extract(Source.ofText(family.name().toLowerCase(Locale.ROOT), text));
        } catch (HuiyiException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new Point(family, kb, (System.nanoTime() - t0) / 1e6, failure);
    }

    public static String format(Point p) {
        return String.format(Locale.ROOT, "%-18s %6d KB %10.1f ms %8.3f ms/KB%s", p.family(), p.kb(), p.millis(),
                p.millisPerKb(), p.failure() == null ? "" : "  (" + p.failure() + ")");
    }
}
