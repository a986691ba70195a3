package dev.huiyi.tools.review;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.MeetingRecords;
import dev.huiyi.api.Span;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** One report's review page: warnings on top, the marked text, the record beside it, and the record's JSON. */
public final class ReviewPage {
    private ReviewPage() {
    }

    /**
     * @param indexHref the link back to the index, relative to this page
     * @return the whole page, self-contained
     */
    public static String render(ReviewedReport report, String indexHref) {
        MeetingRecord record = report.record();
        Document doc = PageShell.create("huiyi review: " + report.id(), PageAssets.REPORT_JS);
        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("a").attr("href", indexHref).addClass("back").text("← index");
        header.appendElement("h1").text(record.title() == null ? report.id() : record.title());
        header.appendElement("p").addClass("source").text(report.id());
        Element tools = header.appendElement("div").addClass("tools");
        if (report.score() != null) {
            tools.appendElement("button").attr("id", "diff-toggle").attr("type", "button")
                    .attr("aria-pressed", "false").text("Diff against gold");
        }
        tools.appendElement("button").attr("id", "json-toggle").attr("type", "button").text("Record JSON");
        tools.appendElement("span").addClass("legend").appendChild(legend());

        body.appendChild(warnings(report));
        Element main = body.appendElement("main");
        Element article = main.appendElement("article");
        DiffView diff = report.score() == null ? null : new DiffView(report.score());
        if (diff != null) {
            article.appendChild(diff.table());
        }
        article.appendElement("pre").attr("id", "json").attr("hidden", "");
        article.appendChild(TextMarkup.render(report.text(), report.mentions(), targets(record), keyPointSpans(record)));
        main.appendChild(new RecordPanel(record, diff).render());

        body.appendElement("script").attr("type", "application/json").attr("id", "record-json")
                .appendChild(new DataNode(ScriptJson.embed(MeetingRecords.toJson(record))));
        PageShell.finish(doc, PageAssets.REPORT_JS);
        return doc.outerHtml();
    }

    private static Element warnings(ReviewedReport report) {
        Element section = new Element("section").attr("id", "warnings");
        List<String> all = new ArrayList<>(report.record().warnings());
        if (report.goldProblem() != null) {
            all.add(report.goldProblem());
        }
        if (all.isEmpty()) {
            section.attr("hidden", "");
        }
        Element list = section.appendElement("ul");
        all.forEach(w -> list.appendElement("li").addClass("warning").text(w));
        return section;
    }

    private static Element legend() {
        Element legend = new Element("span");
        for (String type : List.of("person", "title", "unit", "place", "date", "slogan")) {
            legend.appendElement("span").addClass("m").addClass("t-" + type).text(type);
        }
        return legend;
    }

    /** Every span the panel can point at, so that the text has an element for each. */
    private static List<Span> targets(MeetingRecord record) {
        List<Span> spans = new ArrayList<>();
        record.hosts().forEach(p -> spans.addAll(p.mentions()));
        record.speakers().forEach(s -> spans.addAll(s.mentions()));
        record.attendees().forEach(p -> spans.addAll(p.mentions()));
        record.organizers().forEach(u -> spans.addAll(u.mentions()));
        record.participatingUnits().forEach(u -> spans.addAll(u.mentions()));
        record.slogans().forEach(s -> spans.addAll(s.mentions()));
        if (record.meetingDate() != null && record.meetingDate().span() != null) {
            spans.add(record.meetingDate().span());
        }
        return spans;
    }

    private static List<Span> keyPointSpans(MeetingRecord record) {
        return record.keyPoints().stream().filter(k -> k.span() != null).map(k -> k.span()).toList();
    }
}
