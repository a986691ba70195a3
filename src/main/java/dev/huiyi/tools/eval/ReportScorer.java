package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingRecord;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores one prediction against its gold record, metric by metric (see the contract's "Scoring"). */
public final class ReportScorer {
    private ReportScorer() {
    }

    public static ReportScore score(String report, GoldRecord gold, MeetingRecord predicted) {
        Map<Metric, FieldScore> metrics = new EnumMap<>(Metric.class);
        metrics.putAll(PersonScorer.score(gold, predicted));
        metrics.putAll(ListScorer.score(gold, predicted));
        KeyPointScore keyPoints = KeyPointScorer.score(gold.keyPoints(), gold.optionalKeyPoints(), predicted.keyPoints());
        metrics.put(Metric.KEY_POINTS, keyPoints.points());
        return new ReportScore(report, metrics, ExactScorer.score(gold, predicted),
                keyPoints.speaker(), keyPoints.mismatches(), null);
    }

    /**
     * The score of a report whose extraction failed: all gold missed, and every exact field wrong, even one whose
     * gold is null, because a crash must not earn credit.
     */
    public static ReportScore failed(String report, GoldRecord gold, String error) {
        ReportScore empty = score(report, gold, emptyRecord());
        Map<ExactField, ExactResult> exact = new EnumMap<>(ExactField.class);
        empty.exact().forEach((field, result) -> exact.put(field, new ExactResult(false, result.gold(), null)));
        return new ReportScore(report, empty.metrics(), exact, empty.keyPointSpeaker(), List.of(),
                error == null ? "extraction failed" : error);
    }

    private static MeetingRecord emptyRecord() {
        return new MeetingRecord(MeetingRecord.SCHEMA_VERSION, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
