package dev.huiyi.tools.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.api.InputException;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a hand-written gold file ({@code NAME.gold.json}) into a {@link GoldRecord}.
 *
 * <p>Reads the Jackson tree rather than binding, because entries may be a string or a list of aliases and a
 * person's fields are optional; every shape error names the file and the offending field, since gold files are
 * edited by hand and the person fixing one needs to find the spot.
 */
public final class GoldReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:/(\\d{4}-\\d{2}-\\d{2}))?");

    private GoldReader() {
    }

    /** Reads one gold file; an unreadable or malformed file raises an {@link InputException} naming it. */
    public static GoldRecord read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    /** Parses gold JSON; {@code fileName} only labels error messages. */
    public static GoldRecord parse(String json, String fileName) {
        JsonNode root;
        try {
            root = Json.reader().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException("malformed gold file " + fileName + ": " + e.getOriginalMessage(), e);
        }
        try {
            return new Tree(root).record();
        } catch (ShapeException e) {
            throw new InputException("malformed gold file " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** A shape error inside the tree; turned into an InputException that names the file. */
    private static final class ShapeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShapeException(String message) {
            super(message);
        }
    }

    /** Walks one parsed tree; the methods name the JSON path of whatever they reject. */
    private record Tree(JsonNode root) {
        GoldRecord record() {
            if (root == null || !root.isObject()) {
                throw new ShapeException("expected a JSON object at the top");
            }
            return new GoldRecord(
                    text(root.get("title"), "title"),
                    aliases(root.get("meetingName"), "meetingName"),
                    text(root.get("publishedAt"), "publishedAt"),
                    date(root.get("meetingDate")),
                    mode(root.get("mode")),
                    text(root.get("location"), "location"),
                    entries("organizers"),
                    entries("optionalOrganizers"),
                    persons("hosts"),
                    persons("speakers"),
                    persons("attendees"),
                    entries("participatingUnits"),
                    entries("optionalUnits"),
                    entries("slogans"),
                    entries("optionalSlogans"),
                    keyPoints(),
                    strings(root.get("optionalKeyPoints"), "optionalKeyPoints"));
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }

        private static String text(JsonNode node, String where) {
            if (absent(node)) {
                return null;
            }
            if (!node.isTextual()) {
                throw new ShapeException(where + ": expected a string, found " + node.getNodeType());
            }
            return node.textValue();
        }

        private static String requiredText(JsonNode node, String where) {
            String value = text(node, where);
            if (value == null || value.isBlank()) {
                throw new ShapeException(where + ": required, must be a non-empty string");
            }
            return value;
        }

        private static List<JsonNode> array(JsonNode node, String where) {
            if (absent(node)) {
                return List.of();
            }
            if (!node.isArray()) {
                throw new ShapeException(where + ": expected a list, found " + node.getNodeType());
            }
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items;
        }

        private static List<String> strings(JsonNode node, String where) {
            List<JsonNode> items = array(node, where);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(requiredText(items.get(i), where + "[" + i + "]"));
            }
            return out;
        }

        /** A string, or a non-empty list of alias strings. */
        private static List<String> aliases(JsonNode node, String where) {
            if (absent(node)) {
                return List.of();
            }
            if (node.isTextual()) {
                return List.of(requiredText(node, where));
            }
            List<String> out = strings(node, where);
            if (out.isEmpty()) {
                throw new ShapeException(where + ": an alias list must not be empty");
            }
            return out;
        }

        private List<List<String>> entries(String field) {
            List<JsonNode> items = array(root.get(field), field);
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(aliases(items.get(i), field + "[" + i + "]"));
            }
            return out;
        }

        private List<GoldPerson> persons(String field) {
            List<JsonNode> items = array(root.get(field), field);
            List<GoldPerson> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String where = field + "[" + i + "]";
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    throw new ShapeException(where + ": expected an object with a name");
                }
                out.add(new GoldPerson(
                        requiredText(item.get("name"), where + ".name"),
                        strings(item.get("titles"), where + ".titles"),
                        strings(item.get("optionalTitles"), where + ".optionalTitles"),
                        text(item.get("speechType"), where + ".speechType")));
            }
            return out;
        }

        private List<GoldKeyPoint> keyPoints() {
            List<JsonNode> items = array(root.get("keyPoints"), "keyPoints");
            List<GoldKeyPoint> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String where = "keyPoints[" + i + "]";
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    throw new ShapeException(where + ": expected an object with speaker and text");
                }
                out.add(new GoldKeyPoint(text(item.get("speaker"), where + ".speaker"),
                        requiredText(item.get("text"), where + ".text")));
            }
            return out;
        }

        private static GoldDate date(JsonNode node) {
            String value = text(node, "meetingDate");
            if (value == null) {
                return null;
            }
            Matcher m = DATE.matcher(value.strip());
            if (!m.matches()) {
                throw new ShapeException("meetingDate: expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, found '" + value + "'");
            }
            try {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = m.group(2) == null ? null : LocalDate.parse(m.group(2));
                return new GoldDate(start, end);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ShapeException("meetingDate: " + e.getMessage());
            }
        }

        private static MeetingMode mode(JsonNode node) {
            String value = text(node, "mode");
            if (value == null) {
                return null;
            }
            try {
                return MeetingMode.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new ShapeException("mode: unknown value '" + value + "'");
            }
        }
    }
}
