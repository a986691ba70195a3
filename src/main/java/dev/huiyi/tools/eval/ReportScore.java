package dev.huiyi.tools.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one report: per metric the counts with missed and spurious items, per exact field the result,
 * speaker attribution of the found key points, and the extraction error if the extractor failed (then every gold
 * item counts as missed).
 */
public record ReportScore(
        String report,
        Map<Metric, FieldScore> metrics,
        Map<ExactField, ExactResult> exact,
        ExactCounts keyPointSpeaker,
        List<SpeakerMismatch> speakerMismatches,
        String error) {

    public ReportScore {
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
        exact = Collections.unmodifiableMap(new EnumMap<>(exact));
        speakerMismatches = List.copyOf(speakerMismatches);
        for (Metric metric : Metric.values()) {
            if (!metrics.containsKey(metric)) {
                throw new IllegalArgumentException("report score without metric " + metric.key());
            }
        }
        for (ExactField field : ExactField.values()) {
            if (!exact.containsKey(field)) {
                throw new IllegalArgumentException("report score without exact field " + field.key());
            }
        }
    }

    public Counts counts(Metric metric) {
        return metrics.get(metric).counts();
    }

    public ExactCounts exactCounts(ExactField field) {
        return exact.get(field).counts();
    }

    /** Counts of every set-scored metric summed: one F1 for the whole report (what to review first). */
    public Counts total() {
        return metrics.values().stream().map(FieldScore::counts).reduce(Counts.ZERO, Counts::plus);
    }

    public boolean failed() {
        return error != null;
    }

    /** True when nothing was missed, nothing spurious, every exact field and every attribution right. */
    public boolean perfect() {
        return !failed()
                && metrics.values().stream().allMatch(FieldScore::perfect)
                && exact.values().stream().allMatch(ExactResult::matched)
                && speakerMismatches.isEmpty();
    }
}
