package dev.huiyi.examples;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Source;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitRole;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.MentionType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs one example through the extractor and lists how the result differs from the markup (empty: it agrees).
 * What is compared depends on the folder: mentions of one type (person, title, unit, place, date, slogan),
 * the record's attendees and participating units (role), its key points (keypoint), its meeting facts (meeting:
 * name, organisers, location, mode, dates, title) or the page layout (normalize: headline, date line, chrome).
 */
final class ExampleComparer {
    /** The example itself is broken (markup, folder, text changed by normalisation): fails whatever its status. */
    static final class BadExample extends RuntimeException {
        BadExample(String message) {
            super(message);
        }
    }

    private ExampleComparer() {
    }

    static List<String> problems(String folder, Markup markup, String expectColumn, boolean negative,
                                 MeetingExtractor extractor) {
        Source source = Source.ofText("example", markup.text());
        Extraction extraction = extractor.extract(source);
        if (folder.equals("normalize")) {
            // The example is the page as scraped: its chrome lines are meant to vanish from the normalised text.
            if (!extraction.inputText().equals(markup.text())) {
                throw new BadExample("the decoded input differs from the example");
            }
            return layout(markup, Expect.parse(expectColumn, LAYOUT_KEYS), negative, extraction);
        }
        if (!extraction.normalisedText().equals(markup.text())) {
            throw new BadExample("normalisation changes the example; write it in normalised form: "
                    + extraction.normalisedText());
        }
        if (!folder.equals("meeting") && !expectColumn.isBlank()) {
            throw new BadExample("an expect column is read in models/meeting/ and models/normalize/ only");
        }
        return switch (folder) {
            case "role" -> roles(markup, negative, extraction.record());
            case "keypoint" -> keyPoints(markup, negative, extraction.record());
            case "meeting" -> meetingFacts(markup, Expect.parse(expectColumn, MEETING_KEYS), negative,
                    extraction.record());
            default -> mentions(mentionType(folder), markup, negative, extractor.mentions(source));
        };
    }

    /** A recogniser's folder is named after its mention type: models/person/ → PERSON. */
    private static MentionType mentionType(String folder) {
        for (MentionType type : MentionType.values()) {
            if (type.name().equalsIgnoreCase(folder)) {
                return type;
            }
        }
        throw new BadExample("no comparer for models/" + folder + "/: not a mention type, role, keypoint, meeting"
                + " or normalize"
                + " (see ExampleComparer)");
    }

    // ---- recognisers: the set of (span, value-if-given) of one mention type ----

    private static List<String> mentions(MentionType type, Markup markup, boolean negative, List<RecognisedMention> all) {
        for (Markup.Mark mark : markup.marks()) {
            if (!mark.head().equals(type.name()) || mark.afterColon() != null && mark.value() == null) {
                throw new BadExample("expected {" + type + "} or {" + type + "=value}, got " + mark);
            }
        }
        List<RecognisedMention> found = all.stream().filter(m -> m.type() == type).toList();
        List<String> problems = new ArrayList<>();
        if (negative) {
            found.forEach(m -> problems.add("spurious " + show(m)));
            return problems;
        }
        for (Markup.Mark mark : markup.marks()) {
            RecognisedMention same = found.stream().filter(m -> m.span().equals(mark.span())).findFirst().orElse(null);
            if (same == null) {
                String near = found.stream().filter(m -> m.span().overlaps(mark.span())).map(ExampleComparer::show)
                        .collect(Collectors.joining(", "));
                problems.add("missed " + mark + (near.isEmpty() ? "" : " (found " + near + ")"));
            } else if (mark.value() != null && !mark.value().equals(same.value())) {
                problems.add("wrong value for " + mark + ": " + same.value());
            }
        }
        for (RecognisedMention m : found) {
            // One overlapping a missed mark is already reported with that mark.
            boolean marked = markup.marks().stream().anyMatch(mark -> mark.span().equals(m.span()));
            boolean shownWithMiss = markup.marks().stream().anyMatch(mark -> mark.span().overlaps(m.span())
                    && found.stream().noneMatch(f -> f.span().equals(mark.span())));
            if (!marked && !shownWithMiss) {
                problems.add("spurious " + show(m));
            }
        }
        return problems;
    }

    private static String show(RecognisedMention m) {
        return "[" + m.surface() + "]{" + m.type() + (m.value() == null || m.value().equals(m.surface()) ? ""
                : "=" + m.value()) + "}@" + m.span().start() + "-" + m.span().end();
    }

    // ---- role: attendees (name → roles, speechType) and participating units (name → roles) ----

    private record Expected(String name, Span span, Set<String> roles, String speechType) {
    }

    private static List<String> roles(Markup markup, boolean negative, MeetingRecord record) {
        Map<String, Expected> people = new LinkedHashMap<>();
        Map<String, Expected> units = new LinkedHashMap<>();
        for (Markup.Mark mark : markup.marks()) {
            if (mark.head().equals("UNIT")) {
                Set<String> roles = parseRoles(mark.afterColon(), mark, UnitRole.class);
                put(units, new Expected(mark.surface(), mark.span(), roles, null), mark);
            } else {
                Set<String> roles = parseRoles(mark.head(), mark, PersonRole.class);
                String type = mark.afterColon();
                if (type != null && !roles.contains("SPEAKER")) {
                    throw new BadExample("a speechType needs SPEAKER: " + mark);
                }
                put(people, new Expected(mark.surface(), mark.span(), roles, type), mark);
            }
        }
        List<String> problems = new ArrayList<>();
        if (negative) {
            record.attendees().forEach(p -> problems.add("spurious attendee " + p.name() + " " + p.roles()));
            record.participatingUnits().stream()
                    .filter(u -> !Set.of(UnitRole.ORGANIZER).containsAll(u.roles()))
                    .forEach(u -> problems.add("spurious unit " + u.name() + " " + u.roles()));
            return problems;
        }
        Map<String, String> speechTypes = new LinkedHashMap<>();
        for (Speaker s : record.speakers()) {
            speechTypes.put(s.name(), s.speechType());
        }
        Map<String, Person> attendees = new LinkedHashMap<>();
        record.attendees().forEach(p -> attendees.put(p.name(), p));
        for (Expected e : people.values()) {
            Person p = attendees.get(e.name());
            if (p == null) {
                problems.add("missed attendee " + e.name() + " " + e.roles());
                continue;
            }
            Set<String> roles = p.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            if (!roles.equals(e.roles())) {
                problems.add(e.name() + ": roles " + roles + ", expected " + e.roles());
            }
            checkFirstMention(e, p.mentions(), problems);
            if (e.roles().contains("SPEAKER") && e.speechType() != null && speechTypes.containsKey(e.name())
                    && !e.speechType().equals(speechTypes.get(e.name()))) {
                problems.add(e.name() + ": speechType " + speechTypes.get(e.name()) + ", expected " + e.speechType());
            }
        }
        for (Person p : record.attendees()) {
            if (!people.containsKey(p.name())) {
                problems.add("spurious attendee " + p.name() + " " + p.roles());
            }
        }
        sameNames("hosts", record.hosts().stream().map(Person::name).toList(), people, "HOST", problems);
        sameNames("speakers", record.speakers().stream().map(Speaker::name).toList(), people, "SPEAKER", problems);
        Map<String, Unit> actualUnits = new LinkedHashMap<>();
        record.participatingUnits().forEach(u -> actualUnits.put(u.name(), u));
        for (Expected e : units.values()) {
            Unit u = actualUnits.get(e.name());
            if (u == null) {
                problems.add("missed unit " + e.name() + " " + e.roles());
                continue;
            }
            Set<String> roles = u.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            if (!roles.equals(e.roles())) {
                problems.add(e.name() + ": unit roles " + roles + ", expected " + e.roles());
            }
            checkFirstMention(e, u.mentions(), problems);
        }
        for (Unit u : record.participatingUnits()) {
            if (!units.containsKey(u.name())) {
                problems.add("spurious unit " + u.name() + " " + u.roles());
            }
        }
        return problems;
    }

    private static <E extends Enum<E>> Set<String> parseRoles(String list, Markup.Mark mark, Class<E> roleType) {
        if (list == null || list.isBlank()) {
            throw new BadExample("no roles in " + mark);
        }
        Set<String> roles = new TreeSet<>();
        for (String r : list.split(",")) {
            try {
                roles.add(Enum.valueOf(roleType, r.strip()).name());
            } catch (IllegalArgumentException e) {
                throw new BadExample("unknown " + roleType.getSimpleName() + " '" + r + "' in " + mark);
            }
        }
        return roles;
    }

    private static void put(Map<String, Expected> map, Expected e, Markup.Mark mark) {
        if (map.putIfAbsent(e.name(), e) != null) {
            throw new BadExample("marked twice (mark only the first mention): " + mark);
        }
    }

    private static void checkFirstMention(Expected e, List<Span> mentions, List<String> problems) {
        Span first = mentions.stream().sorted().findFirst().orElse(null);
        if (first != null && !first.equals(e.span())) {
            problems.add(e.name() + ": first mention at " + first.start() + "-" + first.end() + ", marked at "
                    + e.span().start() + "-" + e.span().end());
        }
    }

    private static void sameNames(String field, List<String> actual, Map<String, Expected> people, String role,
                                  List<String> problems) {
        Set<String> expected = people.values().stream().filter(e -> e.roles().contains(role)).map(Expected::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> got = new TreeSet<>(actual);
        if (!got.equals(expected)) {
            problems.add(field + " " + got + ", expected " + expected);
        }
    }

    // ---- keypoint: the set of (span, text, speaker) ----

    private static List<String> keyPoints(Markup markup, boolean negative, MeetingRecord record) {
        for (Markup.Mark mark : markup.marks()) {
            if (!mark.head().equals("KP") || mark.afterColon() == null || mark.afterColon().isBlank()) {
                throw new BadExample("expected {KP:speaker}, got " + mark);
            }
        }
        List<String> problems = new ArrayList<>();
        if (negative) {
            record.keyPoints().forEach(k -> problems.add("spurious " + show(k)));
            return problems;
        }
        for (Markup.Mark mark : markup.marks()) {
            KeyPoint same = record.keyPoints().stream().filter(k -> mark.span().equals(k.span())).findFirst()
                    .orElse(null);
            if (same == null) {
                String near = record.keyPoints().stream().filter(k -> k.span().overlaps(mark.span()))
                        .map(ExampleComparer::show).collect(Collectors.joining(", "));
                problems.add("missed " + mark + (near.isEmpty() ? "" : " (found " + near + ")"));
            } else if (!mark.afterColon().equals(same.speaker()) || !mark.surface().equals(same.text())) {
                problems.add("wrong " + show(same) + ", expected " + mark);
            }
        }
        for (KeyPoint k : record.keyPoints()) {
            boolean marked = markup.marks().stream().anyMatch(mark -> mark.span().equals(k.span()));
            boolean shownWithMiss = markup.marks().stream().anyMatch(mark -> mark.span().overlaps(k.span())
                    && record.keyPoints().stream().noneMatch(f -> f.span().equals(mark.span())));
            if (!marked && !shownWithMiss) {
                problems.add("spurious " + show(k));
            }
        }
        return problems;
    }

    private static String show(KeyPoint k) {
        return "[" + k.text() + "]{KP:" + k.speaker() + "}@" + k.span().start() + "-" + k.span().end();
    }

    // ---- meeting: the record's meeting facts (name, organisers, location, mode, dates, title) ----

    /** What a non-report keeps (contract, Decisions: title): a NEG line may state these. */
    private static final Set<String> NON_REPORT_KEYS = Set.of("title", "publishedAt");
    private static final Set<String> MEETING_KEYS =
            Set.of("meetingName", "organizers", "location", "mode", "meetingDate", "publishedAt", "title");
    static final String NOT_A_MEETING = "not a meeting report";

    /**
     * Each fact is compared only when the line states it, by a mark ({@code MEETING_NAME}, {@code ORGANIZER},
     * {@code LOCATION}) or a key of the expect column. NEG: the record carries the warning "not a meeting report".
     */
    private static List<String> meetingFacts(Markup markup, Expect expect, boolean negative, MeetingRecord record) {
        String name = null;
        String location = null;
        Set<String> organizers = new TreeSet<>();
        for (Markup.Mark mark : markup.marks()) {
            switch (mark.head()) {
                case "MEETING_NAME" -> {
                    if (mark.value() != null || name != null) {
                        throw new BadExample("one {MEETING_NAME}, without a value: " + mark);
                    }
                    name = mark.surface();
                }
                case "ORGANIZER" -> organizers.add(mark.value() == null ? mark.surface() : mark.value());
                case "LOCATION" -> {
                    if (location != null) {
                        throw new BadExample("one {LOCATION} per line: " + mark);
                    }
                    location = mark.value() == null ? mark.surface() : mark.value();
                }
                default -> throw new BadExample("expected {MEETING_NAME}, {ORGANIZER}, {ORGANIZER=full name}, {LOCATION}"
                        + " or {LOCATION=place}, got " + mark);
            }
        }
        bothWays(name != null, expect, "meetingName", "MEETING_NAME");
        bothWays(!organizers.isEmpty(), expect, "organizers", "ORGANIZER");
        bothWays(location != null, expect, "location", "LOCATION");
        List<String> problems = new ArrayList<>();
        if (negative) {
            for (String key : expect.values().keySet()) {
                if (!NON_REPORT_KEYS.contains(key)) {
                    throw new BadExample("a NEG line's expect column holds only " + NON_REPORT_KEYS + ", got " + key);
                }
            }
            if (!record.warnings().contains(NOT_A_MEETING)) {
                problems.add("no warning '" + NOT_A_MEETING + "' (meetingName " + record.meetingName() + ")");
            }
        } else if (record.warnings().contains(NOT_A_MEETING)) {
            problems.add("warning '" + NOT_A_MEETING + "'");
        }
        if (name != null || expect.has("meetingName")) {
            same("meetingName", name != null ? name : expect.scalar("meetingName"), record.meetingName(), problems);
        }
        if (!organizers.isEmpty() || expect.has("organizers")) {
            Set<String> expected = organizers.isEmpty() ? new TreeSet<>(expect.list("organizers")) : organizers;
            Set<String> got = record.organizers().stream().map(Unit::name).collect(Collectors.toCollection(TreeSet::new));
            if (!got.equals(expected)) {
                problems.add("organizers " + got + ", expected " + expected);
            }
        }
        if (location != null || expect.has("location")) {
            same("location", location != null ? location : expect.scalar("location"), record.location(), problems);
        }
        if (expect.has("mode")) {
            String mode = expect.scalar("mode");
            if (mode != null && Arrays.stream(MeetingMode.values()).noneMatch(m -> m.name().equals(mode))) {
                throw new BadExample("expect: unknown mode '" + mode + "'");
            }
            same("mode", mode, record.mode() == null ? null : record.mode().name(), problems);
        }
        if (expect.has("meetingDate")) {
            String date = expect.scalar("meetingDate");
            checkIsoDates(date);
            same("meetingDate", date, isoOf(record.meetingDate()), problems);
        }
        sameIfGiven(expect, "publishedAt", java.util.Objects.toString(record.publishedAt(), null), problems);
        sameIfGiven(expect, "title", record.title(), problems);
        return problems;
    }

    private static void bothWays(boolean marked, Expect expect, String key, String markName) {
        if (marked && expect.has(key)) {
            throw new BadExample("give " + key + " either as {" + markName + "} markup or in the expect column");
        }
    }

    private static void same(String field, String expected, String actual, List<String> problems) {
        if (!Objects.equals(expected, actual)) {
            problems.add(field + " " + quoted(actual) + ", expected " + quoted(expected));
        }
    }

    private static void sameIfGiven(Expect expect, String key, String actual, List<String> problems) {
        if (expect.has(key)) {
            same(key, expect.scalar(key), actual, problems);
        }
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    /** The gold file's form: {@code 2021-11-29}, or {@code 2021-11-29/2021-11-30} for a stated span. */
    private static String isoOf(MeetingDate date) {
        if (date == null) {
            return null;
        }
        return date.start() + (date.end() == null ? "" : "/" + date.end());
    }

    private static void checkIsoDates(String value) {
        if (value == null) {
            return;
        }
        try {
            for (String part : value.split("/")) {
                LocalDate.parse(part);
            }
        } catch (DateTimeParseException e) {
            throw new BadExample("expect: meetingDate is yyyy-mm-dd or yyyy-mm-dd/yyyy-mm-dd, got " + value);
        }
    }

    // ---- normalize: the page layout (headline, date line, chrome dropped or kept) ----

    private static final Set<String> LAYOUT_KEYS = Set.of("title", "publishedAt", "dropped", "kept");

    /**
     * The example is the page as scraped. {@code [X]{TITLE}}: the record's title is that line; {@code [X]{DATELINE}}:
     * that line is kept and gives {@code publishedAt} (the expect column's value); {@code dropped=a|b}: substrings
     * gone from the normalised text, {@code kept=a|b}: substrings still there. NEG: no line is dropped.
     */
    private static List<String> layout(Markup markup, Expect expect, boolean negative, Extraction extraction) {
        Markup.Mark title = null;
        Markup.Mark dateLine = null;
        for (Markup.Mark mark : markup.marks()) {
            if (mark.value() != null || !(mark.head().equals("TITLE") || mark.head().equals("DATELINE"))) {
                throw new BadExample("expected {TITLE} or {DATELINE}, got " + mark);
            }
            if (mark.head().equals("TITLE")) {
                if (title != null) {
                    throw new BadExample("one {TITLE} per line: " + mark);
                }
                title = mark;
            } else {
                if (dateLine != null) {
                    throw new BadExample("one {DATELINE} per line: " + mark);
                }
                dateLine = mark;
            }
        }
        if (title != null && expect.has("title")) {
            throw new BadExample("give the title either as {TITLE} markup or in the expect column");
        }
        if (dateLine != null && !expect.has("publishedAt")) {
            throw new BadExample("a {DATELINE} mark needs publishedAt=… in the expect column");
        }
        String text = extraction.normalisedText();
        MeetingRecord record = extraction.record();
        List<String> problems = new ArrayList<>();
        if (negative) {
            if (expect.has("dropped")) {
                throw new BadExample("a NEG line drops nothing: no dropped= key");
            }
            List<String> kept = List.of(text.split("\n"));
            for (String line : markup.text().split("\n")) {
                if (!line.isBlank() && !kept.contains(line.strip())) {
                    problems.add("dropped line '" + line.strip() + "'");
                }
            }
            if (problems.isEmpty() && !text.equals(markup.text())) {
                problems.add("normalised text differs: " + text);
            }
        }
        if (title != null) {
            if (Arrays.stream(text.split("\n")).filter(title.surface()::equals).count() > 1) {
                // The record has no span for its title: with two equal lines the harness cannot tell which was taken.
                throw new BadExample("the marked title is on two lines of the normalised text; make them differ");
            }
            same("title", title.surface(), record.title(), problems);
            if (title.surface().equals(record.title()) && !lineAt(extraction, title)) {
                problems.add("title taken from another line with the same text");
            }
        }
        sameIfGiven(expect, "title", record.title(), problems);
        if (dateLine != null && !lineAt(extraction, dateLine)) {
            problems.add("date line not kept: '" + dateLine.surface() + "'");
        }
        sameIfGiven(expect, "publishedAt", java.util.Objects.toString(record.publishedAt(), null), problems);
        for (String s : expect.list("dropped")) {
            if (text.contains(s)) {
                problems.add("not dropped: '" + s + "'");
            }
        }
        for (String s : expect.list("kept")) {
            if (!text.contains(s)) {
                problems.add("dropped: '" + s + "'");
            }
        }
        return problems;
    }

    /**
     * Whether the normalised text has a line equal to the mark's surface that comes from the marked place (a line
     * of a text page, or a block such as {@code <h1>} of an HTML page).
     */
    private static boolean lineAt(Extraction extraction, Markup.Mark mark) {
        String text = extraction.normalisedText();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            // the title is its line, or the line's end after a bullet the title leaves out (• 青岛市…会议)
            int at = start + line.length() - mark.surface().length();
            if (line.endsWith(mark.surface()) && !mark.surface().isEmpty()
                    && extraction.inputOffset(at) == mark.span().start()) {
                return true;
            }
            start += line.length() + 1;
        }
        return false;
    }
}
