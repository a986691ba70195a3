package dev.huiyi.tools.eval;

import java.util.Locale;

/** Renders corpus scores as a plain text table for people: P/R/F1 with counts, then the exact-match rates. */
public final class ScoreTableFormatter {
    private ScoreTableFormatter() {
    }

    public static String format(CorpusScores scores) {
        StringBuilder out = new StringBuilder();
        out.append(line("reports: %d, failed: %d", scores.reportCount(), scores.failures().size()));
        out.append('\n');
        out.append(line("%-20s %6s %6s %6s  %s", "metric", "P", "R", "F1", "tp/fp/fn"));
        for (Metric metric : Metric.values()) {
            Counts c = scores.counts(metric);
            String counts = c.tp() + "/" + c.fp() + "/" + c.fn();
            if (c.predictedTp() != c.tp()) {
                // key points: precision counts precise predictions, which may differ from gold points found
                counts += " (precise predictions " + c.predictedTp() + ")";
            }
            out.append(line("%-20s %6.3f %6.3f %6.3f  %s", metric.key(), c.precision(), c.recall(), c.f1(), counts));
        }
        out.append('\n');
        out.append(line("%-20s %6s  %s", "exact", "rate", "matched/n"));
        for (ExactField field : ExactField.values()) {
            out.append(exactRow(field.key(), scores.exact(field)));
        }
        out.append(exactRow("keyPointSpeaker", scores.keyPointSpeaker()));
        for (ReportScore failure : scores.failures()) {
            out.append(line("failed: %s: %s", failure.report(), failure.error()));
        }
        return out.toString();
    }

    private static String exactRow(String name, ExactCounts counts) {
        return line("%-20s %6.3f  %d/%d", name, counts.rate(), counts.matched(), counts.total());
    }

    /** Always a dot as decimal separator, whatever the default locale. */
    private static String line(String format, Object... args) {
        return String.format(Locale.ROOT, format, args) + "\n";
    }
}
