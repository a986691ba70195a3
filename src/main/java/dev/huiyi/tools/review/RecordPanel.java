package dev.huiyi.tools.review;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.tools.eval.Metric;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The side panel: the record field by field. Every entry with spans is a click target ({@code data-spans}); with a
 * gold file, entries eval found spurious are marked and the gold items it missed are listed under their field.
 */
final class RecordPanel {
    private final MeetingRecord record;
    private final DiffView diff;

    /** @param diff the comparison with gold, or null without a gold file */
    RecordPanel(MeetingRecord record, DiffView diff) {
        this.record = record;
        this.diff = diff;
    }

    Element render() {
        Element panel = new Element("aside").attr("id", "panel");
        panel.appendChild(facts());
        Element hosts = field(panel, "hosts", "Hosts", record.hosts().size());
        record.hosts().forEach(p -> person(hosts, Metric.HOSTS, p, List.of()));
        missed(hosts, Metric.HOSTS);
        Element speakers = field(panel, "speakers", "Speakers", record.speakers().size());
        for (Speaker s : record.speakers()) {
            entry(speakers, Metric.SPEAKERS, s.name(), s.mentions(), detail(s.speechType(), String.join("、", s.titles())));
        }
        missed(speakers, Metric.SPEAKERS);
        Element attendees = field(panel, "attendees", "Attendees", record.attendees().size());
        record.attendees().forEach(p -> person(attendees, Metric.ATTENDEES, p, p.roles()));
        missed(attendees, Metric.ATTENDEES);
        units(panel, "organizers", "Organizers", Metric.ORGANIZERS, record.organizers());
        units(panel, "participatingUnits", "Participating units", Metric.PARTICIPATING_UNITS, record.participatingUnits());
        Element slogans = field(panel, "slogans", "Slogans", record.slogans().size());
        for (Slogan s : record.slogans()) {
            entry(slogans, Metric.SLOGANS, s.text(), s.mentions(), "×" + s.count());
        }
        missed(slogans, Metric.SLOGANS);
        Element keyPoints = field(panel, "keyPoints", "Key points", record.keyPoints().size());
        for (KeyPoint k : record.keyPoints()) {
            Element li = entry(keyPoints, Metric.KEY_POINTS, k.text(), k.span() == null ? List.of() : List.of(k.span()),
                    k.speaker());
            li.addClass("key-point");
        }
        missed(keyPoints, Metric.KEY_POINTS);
        return panel;
    }

    /** Marks an element as a click target for its spans, written {@code start-end start-end …}. */
    static Element target(Element e, List<Span> spans) {
        if (!spans.isEmpty()) {
            e.addClass("target").attr("data-spans",
                    spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(" ")));
        }
        return e;
    }

    private Element facts() {
        Element section = new Element("section").addClass("field").attr("data-field", "facts");
        section.appendElement("h3").text("Meeting");
        Element dl = section.appendElement("dl").addClass("facts");
        fact(dl, "title", record.title());
        fact(dl, "meeting name", record.meetingName());
        fact(dl, "published", record.publishedAt() == null ? null : record.publishedAt().toString());
        if (record.meetingDate() != null) {
            String dates = record.meetingDate().start() + (record.meetingDate().end() == null ? ""
                    : " – " + record.meetingDate().end());
            Element dd = fact(dl, "date", dates + " (" + record.meetingDate().text() + ")");
            if (record.meetingDate().span() != null) {
                target(dd, List.of(record.meetingDate().span()));
            }
        } else {
            fact(dl, "date", null);
        }
        fact(dl, "location", record.location());
        fact(dl, "mode", record.mode() == null ? null : record.mode().name());
        if (record.source() != null) {
            fact(dl, "source", record.source().format() + ", " + record.source().encoding() + ", "
                    + record.source().charCount() + " chars");
        }
        return section;
    }

    private static Element fact(Element dl, String name, String value) {
        dl.appendElement("dt").text(name);
        Element dd = dl.appendElement("dd").text(value == null ? "—" : value);
        if (value == null) {
            dd.addClass("absent");
        }
        return dd;
    }

    private static Element field(Element panel, String key, String heading, int count) {
        Element section = panel.appendElement("section").addClass("field").attr("data-field", key);
        Element h = section.appendElement("h3").text(heading + " ");
        h.appendElement("span").addClass("count").text(Integer.toString(count));
        return section.appendElement("ul").addClass("entries");
    }

    private void person(Element list, Metric metric, Person p, List<?> roles) {
        String roleText = roles.stream().map(Object::toString).collect(Collectors.joining(" "));
        entry(list, metric, p.name(), p.mentions(), detail(String.join("、", p.titles()), p.affiliation(), roleText));
    }

    private void units(Element panel, String key, String heading, Metric metric, List<Unit> units) {
        Element list = field(panel, key, heading, units.size());
        for (Unit u : units) {
            String roles = u.roles().stream().map(Enum::name).collect(Collectors.joining(" "));
            entry(list, metric, u.name(), u.mentions(), detail(u.kind() == null ? null : u.kind().name(), roles));
        }
        missed(list, metric);
    }

    private Element entry(Element list, Metric metric, String name, List<Span> spans, String detail) {
        Element li = list.appendElement("li").addClass("entry");
        target(li, spans);
        li.appendElement("span").addClass("name").text(Objects.toString(name, ""));
        if (detail != null && !detail.isEmpty()) {
            li.appendElement("span").addClass("detail").text(detail);
        }
        if (diff != null && diff.spurious(metric, name, spans)) {
            li.addClass("spurious");
        }
        return li;
    }

    private void missed(Element list, Metric metric) {
        if (diff != null) {
            for (String gold : diff.missed(metric)) {
                list.appendElement("li").addClass("missed").text(gold);
            }
        }
    }

    private static String detail(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }
}
