package dev.huiyi.examples;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Source;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitRole;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs one example through the extractor and lists how the result differs from the markup (empty: it agrees).
 * What is compared depends on the folder: mentions of one type (person, title, unit, place, date, slogan),
 * the record's attendees and participating units (role), or its key points (keypoint).
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

    static List<String> problems(String folder, Markup markup, boolean negative, MeetingExtractor extractor) {
        Source source = Source.ofText("example", markup.text());
        Extraction extraction = extractor.extract(source);
        if (!extraction.normalisedText().equals(markup.text())) {
            throw new BadExample("normalisation changes the example; write it in normalised form: "
                    + extraction.normalisedText());
        }
        return switch (folder) {
            case "role" -> roles(markup, negative, extraction.record());
            case "keypoint" -> keyPoints(markup, negative, extraction.record());
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
        throw new BadExample("no comparer for models/" + folder + "/: not a mention type, role or keypoint"
                + " (see ExampleComparer)");
    }

    // ---- recognisers: the set of (span, value-if-given) of one mention type ----

    private static List<String> mentions(MentionType type, Markup markup, boolean negative, List<Mention> all) {
        for (Markup.Mark mark : markup.marks()) {
            if (!mark.head().equals(type.name()) || mark.afterColon() != null && mark.value() == null) {
                throw new BadExample("expected {" + type + "} or {" + type + "=value}, got " + mark);
            }
        }
        List<Mention> found = all.stream().filter(m -> m.type() == type).toList();
        List<String> problems = new ArrayList<>();
        if (negative) {
            found.forEach(m -> problems.add("spurious " + show(m)));
            return problems;
        }
        for (Markup.Mark mark : markup.marks()) {
            Mention same = found.stream().filter(m -> m.span().equals(mark.span())).findFirst().orElse(null);
            if (same == null) {
                String near = found.stream().filter(m -> m.span().overlaps(mark.span())).map(ExampleComparer::show)
                        .collect(Collectors.joining(", "));
                problems.add("missed " + mark + (near.isEmpty() ? "" : " (found " + near + ")"));
            } else if (mark.value() != null && !mark.value().equals(same.value())) {
                problems.add("wrong value for " + mark + ": " + same.value());
            }
        }
        for (Mention m : found) {
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

    private static String show(Mention m) {
        return "[" + m.surface() + "]{" + m.type() + (m.value() == null || m.value().equals(m.surface()) ? ""
                : "=" + m.value()) + "}@" + m.start() + "-" + m.end();
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
}
