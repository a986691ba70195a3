package dev.huiyi.tools.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.tools.eval.Metric;

import java.util.List;

/**
 * A gold file written from a record, then changed in three known ways, so that the expected diff follows from the
 * construction and not from the scorer: a host and an attendee the report does not have (one missed in each), and
 * the record's first slogan left out (one spurious). Every other field is copied, so it has nothing missed or
 * spurious; the changes touch no other field (the new people have no titles, slogans feed no other metric).
 */
final class KnownDifferences {
    static final String MISSED_HOST = "欧阳未名";
    static final String MISSED_ATTENDEE = "司徒未见";

    private KnownDifferences() {
    }

    /** How many gold items of a field the page must show missed: the added host and the added attendee. */
    static int missed(Metric metric) {
        return metric == Metric.HOSTS || metric == Metric.ATTENDEES ? 1 : 0;
    }

    /** How many predicted items of a field the page must show spurious: the slogan left out of gold. */
    static int spurious(Metric metric) {
        return metric == Metric.SLOGANS ? 1 : 0;
    }

    static String goldJson(MeetingRecord record) {
        if (record.slogans().isEmpty()) {
            throw new IllegalArgumentException("the fixture needs a record with a slogan to leave out");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode gold = json.createObjectNode();
        ArrayNode hosts = persons(gold.putArray("hosts"), record.hosts());
        hosts.addObject().put("name", MISSED_HOST);
        ArrayNode speakers = gold.putArray("speakers");
        for (Speaker s : record.speakers()) {
            ObjectNode speaker = speakers.addObject().put("name", s.name()).put("speechType", s.speechType());
            s.titles().forEach(speaker.putArray("titles")::add);
        }
        ArrayNode attendees = persons(gold.putArray("attendees"), record.attendees());
        attendees.addObject().put("name", MISSED_ATTENDEE);
        units(gold.putArray("organizers"), record.organizers());
        units(gold.putArray("participatingUnits"), record.participatingUnits());
        ArrayNode slogans = gold.putArray("slogans");
        record.slogans().stream().skip(1).forEach(s -> slogans.add(s.text()));
        ArrayNode keyPoints = gold.putArray("keyPoints");
        for (KeyPoint k : record.keyPoints()) {
            keyPoints.addObject().put("speaker", k.speaker()).put("text", k.text());
        }
        return gold.toPrettyString();
    }

    private static ArrayNode persons(ArrayNode out, List<Person> persons) {
        for (Person p : persons) {
            ObjectNode person = out.addObject().put("name", p.name());
            p.titles().forEach(person.putArray("titles")::add);
        }
        return out;
    }

    private static void units(ArrayNode out, List<Unit> units) {
        units.forEach(u -> out.add(u.name()));
    }
}
