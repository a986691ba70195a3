package dev.huiyi.relate;

import dev.huiyi.relate.KeyPointExtractor.Subject;
import dev.huiyi.text.Positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The speaker mentions of one document sorted by position, so that the key-point reader finds the one before a verb
 * by binary search instead of a scan of all of them per verb (quadratic in a long report).
 */
final class Speakers {
    private final List<Subject> byStart;
    private final List<Subject> byEnd;

    Speakers(List<Subject> mentions) {
        byStart = new ArrayList<>(mentions);
        byStart.sort(Comparator.comparingInt(s -> s.span().start()));
        byEnd = new ArrayList<>(mentions);
        byEnd.sort(Comparator.comparingInt(s -> s.span().end()));
    }

    /** Mentions starting in {@code [from, to)}, in text order. */
    List<Subject> startingIn(int from, int to) {
        int first = firstStartAtOrAfter(from);
        int last = firstStartAtOrAfter(to);
        return byStart.subList(first, last);
    }

    /** The mention that starts last within {@code [sentence, verbAt)} and ends by {@code verbAt}, or null. */
    Subject lastWithin(int sentence, int verbAt) {
        Subject best = null;
        for (int i = firstStartAtOrAfter(verbAt) - 1; i >= 0; i--) {
            Subject s = byStart.get(i);
            int start = s.span().start();
            if (start < sentence || (best != null && start < best.span().start())) {
                break;
            }
            if (s.span().end() <= verbAt) {
                best = s; // among mentions starting at the same place, the first listed wins, as before
            }
        }
        return best;
    }

    /** The name of the mention that ends last at or before {@code at}, or null. */
    String lastEndingBy(int at) {
        int after = Positions.firstAtOrAfter(byEnd, s -> s.span().end(), at + 1);
        return after == 0 ? null : byEnd.get(after - 1).name();
    }

    private int firstStartAtOrAfter(int pos) {
        return Positions.firstAtOrAfter(byStart, s -> s.span().start(), pos);
    }
}
