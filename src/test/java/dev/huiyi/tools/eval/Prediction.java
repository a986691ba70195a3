package dev.huiyi.tools.eval;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helper: builds a predicted MeetingRecord field by field, and gold records from JSON text. */
final class Prediction {
    private String title;
    private String meetingName;
    private String publishedAt;
    private MeetingDate meetingDate;
    private MeetingMode mode;
    private String location;
    private final List<Unit> organizers = new ArrayList<>();
    private final List<Person> hosts = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Person> attendees = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Slogan> slogans = new ArrayList<>();
    private final List<KeyPoint> keyPoints = new ArrayList<>();

    static Prediction prediction() {
        return new Prediction();
    }

    static GoldRecord gold(String json) {
        return GoldReader.parse(json, "test.gold.json");
    }

    Prediction title(String value) {
        title = value;
        return this;
    }

    Prediction meetingName(String value) {
        meetingName = value;
        return this;
    }

    Prediction publishedAt(String value) {
        publishedAt = value;
        return this;
    }

    Prediction date(String start, String end) {
        meetingDate = new MeetingDate(LocalDate.parse(start), end == null ? null : LocalDate.parse(end), start, null);
        return this;
    }

    Prediction location(String value) {
        location = value;
        return this;
    }

    Prediction mode(MeetingMode value) {
        mode = value;
        return this;
    }

    Prediction organizer(String name) {
        organizers.add(new Unit(name, UnitKind.GOVERNMENT, List.of(), List.of()));
        return this;
    }

    Prediction host(String name, String... titles) {
        hosts.add(new Person(name, List.of(titles), null, List.of(), List.of()));
        return this;
    }

    Prediction speaker(String name, String speechType, String... titles) {
        speakers.add(new Speaker(name, List.of(titles), null, speechType, List.of(), List.of()));
        return this;
    }

    Prediction attendee(String name, String... titles) {
        attendees.add(new Person(name, List.of(titles), null, List.of(), List.of()));
        return this;
    }

    Prediction attendeeAt(String name, int start, int end) {
        attendees.add(new Person(name, List.of(), null, List.of(), List.of(new Span(start, end))));
        return this;
    }

    Prediction unit(String name) {
        units.add(new Unit(name, UnitKind.OTHER, List.of(), List.of()));
        return this;
    }

    Prediction unitAt(String name, int start, int end) {
        units.add(new Unit(name, UnitKind.OTHER, List.of(), List.of(new Span(start, end))));
        return this;
    }

    Prediction slogan(String text) {
        slogans.add(new Slogan(text, 1, List.of()));
        return this;
    }

    Prediction keyPoint(String speaker, String text) {
        keyPoints.add(new KeyPoint(text, speaker, null));
        return this;
    }

    Prediction keyPointAt(String speaker, String text, int start) {
        keyPoints.add(new KeyPoint(text, speaker, new Span(start, start + text.length())));
        return this;
    }

    MeetingRecord build() {
        return new MeetingRecord(MeetingRecord.SCHEMA_VERSION, null, title, meetingName, dev.huiyi.api.PublishedAt.parse(publishedAt), meetingDate,
                location, mode, organizers, hosts, speakers, attendees, units, slogans, keyPoints, null, List.of());
    }
}
