package dev.huiyi.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional 4th column of an examples line: record fields that have no surface to mark, as {@code key=value}
 * pairs separated by {@code ;} ({@code mode=VIDEO;meetingDate=2021-11-29;publishedAt=2021-12-06T15:11}).
 * {@code null} stands for a null field; list values are {@code |}-separated ({@code dropped=当前位置|打印本页}),
 * and an empty list value is an empty list.
 */
record Expect(Map<String, String> values) {
    static final Expect NONE = new Expect(Map.of());

    /** Parses the column; {@code allowed} are the keys the folder knows. */
    static Expect parse(String column, Set<String> allowed) {
        if (column == null || column.isBlank()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : column.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ExampleComparer.BadExample("expect: expected key=value, got '" + pair + "'");
            }
            String key = pair.substring(0, eq).strip();
            if (!allowed.contains(key)) {
                throw new ExampleComparer.BadExample("expect: unknown key '" + key + "' (known: " + allowed + ")");
            }
            if (values.put(key, pair.substring(eq + 1).strip()) != null) {
                throw new ExampleComparer.BadExample("expect: key '" + key + "' given twice");
            }
        }
        return new Expect(Collections.unmodifiableMap(values));
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value as written, with {@code null} read as null. */
    String scalar(String key) {
        String v = values.get(key);
        return "null".equals(v) ? null : v;
    }

    /** A {@code |}-separated list; empty for an empty value. */
    List<String> list(String key) {
        String v = values.getOrDefault(key, "");
        List<String> out = new ArrayList<>();
        for (String item : v.split("\\|")) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }
}
