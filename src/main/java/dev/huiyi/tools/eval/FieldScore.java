package dev.huiyi.tools.eval;

import java.util.List;

/** The score of one metric on one report: counts, the gold items missed and the predicted items not in gold. */
public record FieldScore(Counts counts, List<String> missed, List<Spurious> spurious) {
    public static final FieldScore EMPTY = new FieldScore(Counts.ZERO, List.of(), List.of());

    public FieldScore {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public boolean perfect() {
        return missed.isEmpty() && spurious.isEmpty();
    }
}
