package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;

/**
 * Per report, what went wrong, for a person fixing rules: gold items missed, predicted items not in gold (with
 * their spans {@code [start,end)} in the normalised text), exact fields that differ, and wrong key point speakers.
 */
public final class DetailsFormatter {
    private DetailsFormatter() {
    }

    public static String format(CorpusScores scores) {
        StringBuilder out = new StringBuilder();
        for (ReportScore report : scores.reports()) {
            append(out, report);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, ReportScore report) {
        out.append("== ").append(report.report());
        if (report.perfect()) {
            out.append(": all correct\n");
            return;
        }
        out.append('\n');
        if (report.failed()) {
            out.append("  error: ").append(report.error()).append('\n');
        }
        report.metrics().forEach((metric, score) -> {
            if (!score.perfect()) {
                out.append("  ").append(metric.key()).append('\n');
                score.missed().forEach(item -> out.append("    missed:   ").append(item).append('\n'));
                score.spurious().forEach(item -> out.append("    spurious: ").append(item.text())
                        .append(span(item.span())).append('\n'));
            }
        });
        report.exact().forEach((field, result) -> {
            if (!result.matched()) {
                out.append("  ").append(field.key()).append(": gold ").append(result.gold())
                        .append(", predicted ").append(result.predicted()).append('\n');
            }
        });
        for (SpeakerMismatch m : report.speakerMismatches()) {
            out.append("  keyPointSpeaker: gold ").append(m.goldSpeaker()).append(", predicted ")
                    .append(m.predictedSpeaker()).append(span(m.span())).append(": ").append(m.text()).append('\n');
        }
    }

    private static String span(Span span) {
        return span == null ? "" : " [" + span.start() + "," + span.end() + ")";
    }
}
