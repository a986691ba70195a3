package dev.huiyi.tools.eval;

import java.util.List;

/** The scores of a corpus: every report's score, and micro-averages (counts summed over reports). */
public record CorpusScores(List<ReportScore> reports) {
    public CorpusScores {
        reports = List.copyOf(reports);
    }

    public int reportCount() {
        return reports.size();
    }

    /** Counts of a metric summed over all reports. */
    public Counts counts(Metric metric) {
        return reports.stream().map(r -> r.counts(metric)).reduce(Counts.ZERO, Counts::plus);
    }

    /** Matches of an exact field summed over all reports. */
    public ExactCounts exact(ExactField field) {
        return reports.stream().map(r -> r.exactCounts(field)).reduce(ExactCounts.ZERO, ExactCounts::plus);
    }

    /** Speaker attribution of found key points, summed over all reports. */
    public ExactCounts keyPointSpeaker() {
        return reports.stream().map(ReportScore::keyPointSpeaker).reduce(ExactCounts.ZERO, ExactCounts::plus);
    }

    /** Reports whose extraction threw. */
    public List<ReportScore> failures() {
        return reports.stream().filter(ReportScore::failed).toList();
    }
}
