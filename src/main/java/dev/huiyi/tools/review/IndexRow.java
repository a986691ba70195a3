package dev.huiyi.tools.review;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.tools.eval.ReportScore;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One report in the index: its page, how much each field holds, its warnings, and with gold its F1 (eval's counts
 * of every field summed), or the error that left it without a page.
 *
 * @param id       the input's id
 * @param href     its page, relative to the index; null when it has none
 * @param record   its record; null when it failed
 * @param score    eval's score against its gold file; null without one
 * @param warnings the record's warnings and any gold problem
 * @param error    why it has no record; null when it has one
 */
public record IndexRow(String id, String href, MeetingRecord record, ReportScore score, List<String> warnings,
                       String error) {
    /**
     * What to review first: failures, then reports with gold from the lowest F1 up, then those without gold by
     * their number of warnings; ties by id.
     */
    public static final Comparator<IndexRow> WORST_FIRST = Comparator
            .comparing((IndexRow r) -> r.error() == null)
            .thenComparing(r -> r.f1() == null ? Double.MAX_VALUE : r.f1())
            .thenComparing(r -> -r.warnings().size())
            .thenComparing(IndexRow::id);

    public IndexRow {
        Objects.requireNonNull(id, "id");
        warnings = List.copyOf(warnings);
    }

    public static IndexRow of(ReviewedReport report, String href) {
        List<String> warnings = new java.util.ArrayList<>(report.record().warnings());
        if (report.goldProblem() != null) {
            warnings.add(report.goldProblem());
        }
        return new IndexRow(report.id(), href, report.record(), report.score(), warnings, null);
    }

    public static IndexRow failed(String id, String error) {
        return new IndexRow(id, null, null, null, List.of(), error);
    }

    /** The report's F1 over every scored field, or null without gold. */
    public Double f1() {
        return score == null ? null : score.total().f1();
    }
}
