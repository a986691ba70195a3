package dev.huiyi.tools.review;

import dev.huiyi.api.MeetingRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * {@code index.html}: one row per report, worst first ({@link IndexRow#WORST_FIRST}); a click on a column heading
 * sorts by it (each cell carries its sort key in {@code data-sort}).
 */
public final class IndexPage {
    private record Column(String heading, ToIntFunction<MeetingRecord> count) {
    }

    private static final List<Column> COUNTS = List.of(
            new Column("hosts", r -> r.hosts().size()),
            new Column("speakers", r -> r.speakers().size()),
            new Column("attendees", r -> r.attendees().size()),
            new Column("organizers", r -> r.organizers().size()),
            new Column("units", r -> r.participatingUnits().size()),
            new Column("slogans", r -> r.slogans().size()),
            new Column("key points", r -> r.keyPoints().size()));

    private IndexPage() {
    }

    public static String render(List<IndexRow> rows) {
        Document doc = PageShell.create("huiyi review: " + rows.size() + " reports", PageAssets.INDEX_JS);
        Element body = doc.body().addClass("index");
        body.appendElement("h1").text("huiyi review: " + rows.size() + " reports");
        body.appendElement("p").addClass("hint")
                .text("Worst first: failures, then the lowest F1 against gold, then the most warnings. "
                        + "Click a heading to sort by it.");
        Element table = body.appendElement("table").attr("id", "reports");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("data-type", "text").text("report");
        head.appendElement("th").attr("data-type", "number").text("F1");
        COUNTS.forEach(c -> head.appendElement("th").attr("data-type", "number").text(c.heading()));
        head.appendElement("th").attr("data-type", "number").text("warnings");
        Element tbody = table.appendElement("tbody");
        rows.stream().sorted(IndexRow.WORST_FIRST).forEach(row -> row(tbody, row));
        PageShell.finish(doc, PageAssets.INDEX_JS);
        return doc.outerHtml();
    }

    private static void row(Element tbody, IndexRow row) {
        Element tr = tbody.appendElement("tr");
        Element name = tr.appendElement("td").attr("data-sort", row.id());
        if (row.href() != null) {
            name.appendElement("a").attr("href", row.href()).text(row.id());
        } else {
            name.text(row.id());
        }
        Double f1 = row.f1();
        // no gold sorts after every score (worst first is ascending), a failure before every score
        double f1Key = row.error() != null ? -1 : f1 == null ? 2 : f1;
        tr.appendElement("td").addClass("num").addClass("f1").attr("data-sort", Double.toString(f1Key))
                .text(f1 == null ? "—" : String.format(Locale.ROOT, "%.3f", f1));
        if (row.record() == null) {
            tr.addClass("failed");
            tr.appendElement("td").attr("colspan", Integer.toString(COUNTS.size() + 1)).addClass("warning")
                    .text(row.error());
            return;
        }
        for (Column c : COUNTS) {
            int n = c.count().applyAsInt(row.record());
            tr.appendElement("td").addClass("num").attr("data-sort", Integer.toString(n)).text(Integer.toString(n));
        }
        Element warnings = tr.appendElement("td").addClass("warnings")
                .attr("data-sort", Integer.toString(row.warnings().size())).text(Integer.toString(row.warnings().size()));
        if (!row.warnings().isEmpty()) {
            warnings.addClass("warning").appendText(": " + String.join("; ", row.warnings()));
        }
    }
}
