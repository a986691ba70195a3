package dev.huiyi.tools.tables;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Four CSV files in one directory, the shape a warehouse loads: {@code reports.csv} (one row per input, its error
 * when it yielded no record), {@code people.csv} (one row per person and role), {@code units.csv} (one row per unit
 * and role) and {@code key_points.csv} (one row per key point), every row keyed by {@code report_id}, the record's
 * {@code source.id}. RFC 4180 with a header line, UTF-8; a list in one cell (titles, warnings) is joined by
 * {@code |}.
 */
public final class RecordTables implements Closeable {
    static final String LIST_SEPARATOR = "|";
    private static final String[] REPORTS = {"report_id", "title", "meeting_name", "published_at", "meeting_date_start",
            "meeting_date_end", "location", "mode", "warnings", "error_type", "error_message"};
    private static final String[] PEOPLE = {"report_id", "name", "role", "titles", "affiliation", "speech_type"};
    private static final String[] UNITS = {"report_id", "name", "kind", "role"};
    private static final String[] KEY_POINTS = {"report_id", "number", "speaker", "text", "span_start", "span_end"};

    private final List<CSVPrinter> printers = new ArrayList<>();
    private final CSVPrinter reports;
    private final CSVPrinter people;
    private final CSVPrinter units;
    private final CSVPrinter keyPoints;

    /** Creates (or truncates) the four files in {@code dir}, creating it when needed. */
    public RecordTables(Path dir) throws IOException {
        Files.createDirectories(dir);
        reports = open(dir.resolve("reports.csv"), REPORTS);
        people = open(dir.resolve("people.csv"), PEOPLE);
        units = open(dir.resolve("units.csv"), UNITS);
        keyPoints = open(dir.resolve("key_points.csv"), KEY_POINTS);
    }

    private CSVPrinter open(Path file, String[] header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        printers.add(printer);
        return printer;
    }

    /** The rows of one record. */
    public void add(MeetingRecord record) throws IOException {
        String id = record.source() == null ? null : record.source().id();
        reports.printRecord(id, record.title(), record.meetingName(), text(record.publishedAt()),
                record.meetingDate() == null ? null : text(record.meetingDate().start()),
                record.meetingDate() == null ? null : text(record.meetingDate().end()),
                record.location(), text(record.mode()), String.join(LIST_SEPARATOR, record.warnings()), null, null);
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        record.speakers().forEach(s -> speakers.putIfAbsent(s.name(), s));
        for (Person person : record.attendees()) {
            Speaker speaker = speakers.get(person.name());
            for (PersonRole role : person.roles().isEmpty() ? List.of(PersonRole.ATTENDEE) : person.roles()) {
                people.printRecord(id, person.name(), role, String.join(LIST_SEPARATOR, person.titles()),
                        person.affiliation(), role == PersonRole.SPEAKER && speaker != null ? speaker.speechType() : null);
            }
        }
        // organisers are also participating units (the contract); a record that lists one only as organiser keeps it
        Map<String, Unit> allUnits = new LinkedHashMap<>();
        record.participatingUnits().forEach(u -> allUnits.putIfAbsent(u.name(), u));
        record.organizers().forEach(u -> allUnits.putIfAbsent(u.name(), u));
        for (Unit unit : allUnits.values()) {
            for (UnitRole role : unit.roles().isEmpty() ? List.of(UnitRole.PARTICIPANT) : unit.roles()) {
                units.printRecord(id, unit.name(), text(unit.kind()), role);
            }
        }
        int number = 0;
        for (KeyPoint point : record.keyPoints()) {
            keyPoints.printRecord(id, ++number, point.speaker(), point.text(),
                    point.span() == null ? null : point.span().start(), point.span() == null ? null : point.span().end());
        }
    }

    /** The row of an input that yielded no record (an error line of {@code extract}). */
    public void addFailure(String source, String type, String message) throws IOException {
        reports.printRecord(source, null, null, null, null, null, null, null, null, type, message);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CSVPrinter printer : printers) {
            try {
                printer.close(true);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
