package dev.huiyi.tools.review;

import dev.huiyi.api.Span;
import dev.huiyi.tools.eval.Counts;
import dev.huiyi.tools.eval.FieldScore;
import dev.huiyi.tools.eval.Metric;
import dev.huiyi.tools.eval.ReportScore;
import dev.huiyi.tools.eval.Spurious;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * A record against its gold file, as {@code eval} scored it: nothing is matched here, the page only shows
 * {@link ReportScore}'s missed and spurious items, so that the page and {@code eval --details} can never disagree.
 */
final class DiffView {
    private final ReportScore score;

    DiffView(ReportScore score) {
        this.score = score;
    }

    /** Whether eval found this predicted entry of a field spurious: it reports the entry's text and first span. */
    boolean spurious(Metric metric, String text, List<Span> mentions) {
        Span first = mentions.isEmpty() ? null : mentions.get(0);
        return score.metrics().get(metric).spurious().contains(new Spurious(text, first));
    }

    /** The gold items of a field that nothing predicted matched. */
    List<String> missed(Metric metric) {
        return score.metrics().get(metric).missed();
    }

    /** The per-field table: counts, F1, then every missed and spurious item (spurious ones click to their span). */
    Element table() {
        Element section = new Element("section").attr("id", "diff").addClass("diff-only");
        Counts total = score.total();
        section.appendElement("h2").text("Against gold: F1 " + f1(total));
        Element table = section.appendElement("table").addClass("diff-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("field", "found", "missed", "spurious", "F1")) {
            head.appendElement("th").text(column);
        }
        Element body = table.appendElement("tbody");
        for (Metric metric : Metric.values()) {
            FieldScore field = score.metrics().get(metric);
            Counts counts = field.counts();
            Element row = body.appendElement("tr").attr("data-metric", metric.key());
            row.appendElement("td").text(metric.key());
            row.appendElement("td").addClass("num").text(Integer.toString(counts.tp()));
            row.appendElement("td").addClass("num").addClass("missed-count").text(Integer.toString(field.missed().size()));
            row.appendElement("td").addClass("num").addClass("spurious-count")
                    .text(Integer.toString(field.spurious().size()));
            row.appendElement("td").addClass("num").text(f1(counts));
        }
        Element items = section.appendElement("ul").addClass("diff-items");
        for (Metric metric : Metric.values()) {
            FieldScore field = score.metrics().get(metric);
            for (String missed : field.missed()) {
                items.appendElement("li").addClass("missed").attr("data-metric", metric.key())
                        .text(metric.key() + ": " + missed);
            }
            for (Spurious spurious : field.spurious()) {
                Element li = items.appendElement("li").addClass("spurious").attr("data-metric", metric.key())
                        .text(metric.key() + ": " + spurious.text());
                if (spurious.span() != null) {
                    RecordPanel.target(li, List.of(spurious.span()));
                }
            }
        }
        if (score.failed()) {
            section.appendElement("p").addClass("warning").text("extraction failed: " + score.error());
        }
        return section;
    }

    static String f1(Counts counts) {
        return String.format(Locale.ROOT, "%.3f", counts.f1());
    }
}
