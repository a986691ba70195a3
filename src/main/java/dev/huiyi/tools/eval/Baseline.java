package dev.huiyi.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed scores that {@code samples/} must not fall below ({@code samples/baseline.json}). Same shape as
 * {@code eval --json}, keeping only the numbers that are compared: per metric precision, recall and F1, per exact
 * field (and key point speaker) the rate. A {@code --json} output is therefore also a valid baseline.
 *
 * <p>Values are held flat under paths such as {@code metrics.attendees.f1}; raising the baseline is a deliberate
 * commit of a new file.
 */
public final class Baseline {
    private static final String[] SET_VALUES = {"precision", "recall", "f1"};

    private final int reports;
    private final Map<String, Double> values;

    private Baseline(int reports, Map<String, Double> values) {
        this.reports = reports;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The baseline that the given scores would set. */
    public static Baseline of(CorpusScores scores) {
        return new Baseline(scores.reportCount(), flatten(scores));
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root = Json.reader().readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root == null || !root.isObject()) {
            throw new IOException("baseline " + file + ": expected a JSON object");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        readGroup(root.get("metrics"), "metrics", SET_VALUES, values, file);
        readGroup(root.get("exact"), "exact", new String[] {"rate"}, values, file);
        JsonNode speaker = root.get("keyPointSpeaker");
        if (speaker != null && speaker.hasNonNull("rate")) {
            values.put("keyPointSpeaker.rate", number(speaker.get("rate"), "keyPointSpeaker.rate", file));
        }
        JsonNode reports = root.get("reports");
        return new Baseline(reports != null && reports.isInt() ? reports.intValue() : 0, values);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = Json.object();
        root.put("reports", reports);
        values.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            node.put(parts[parts.length - 1], value);
        });
        Files.writeString(file, Json.pretty().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** How many reports the baseline was computed on (0 if the file does not say); informational only. */
    public int reports() {
        return reports;
    }

    /** The baseline values by path ({@code metrics.attendees.f1}, {@code exact.mode.rate}, {@code keyPointSpeaker.rate}). */
    public Map<String, Double> values() {
        return values;
    }

    /**
     * Every baseline value that {@code current} falls below by more than {@code tolerance}, as a readable line;
     * a baseline value that is no longer scored at all is reported too, so that a renamed metric is not silently
     * unguarded. Values new in {@code current} are not checked.
     */
    public List<String> regressions(CorpusScores current, double tolerance) {
        Map<String, Double> now = flatten(current);
        List<String> regressions = new ArrayList<>();
        values.forEach((path, baseline) -> {
            Double value = now.get(path);
            if (value == null) {
                regressions.add(path + ": in the baseline but no longer scored");
            } else if (value < baseline - tolerance) {
                regressions.add(String.format(Locale.ROOT, "%s: %.6f < baseline %.6f", path, value, baseline));
            }
        });
        return regressions;
    }

    private static Map<String, Double> flatten(CorpusScores scores) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Counts c = scores.counts(metric);
            values.put("metrics." + metric.key() + ".precision", c.precision());
            values.put("metrics." + metric.key() + ".recall", c.recall());
            values.put("metrics." + metric.key() + ".f1", c.f1());
        }
        for (ExactField field : ExactField.values()) {
            values.put("exact." + field.key() + ".rate", scores.exact(field).rate());
        }
        values.put("keyPointSpeaker.rate", scores.keyPointSpeaker().rate());
        return values;
    }

    private static void readGroup(JsonNode group, String name, String[] keys, Map<String, Double> into, Path file)
            throws IOException {
        if (group == null || group.isNull()) {
            return;
        }
        if (!group.isObject()) {
            throw new IOException("baseline " + file + ": '" + name + "' must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : group.properties()) {
            for (String key : keys) {
                JsonNode value = entry.getValue().get(key);
                if (value != null && !value.isNull()) {
                    String path = name + "." + entry.getKey() + "." + key;
                    into.put(path, number(value, path, file));
                }
            }
        }
    }

    private static double number(JsonNode node, String path, Path file) throws IOException {
        if (!node.isNumber()) {
            throw new IOException("baseline " + file + ": " + path + " must be a number");
        }
        return node.doubleValue();
    }
}
