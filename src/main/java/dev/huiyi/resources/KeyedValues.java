package dev.huiyi.resources;

import dev.huiyi.api.ModelException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A {@code key<TAB>value} model file whose keys are fixed by the code that reads it; each key must be given. */
public final class KeyedValues {
    private final String file;
    private final Map<String, TsvRow> rows;

    private KeyedValues(String file, Map<String, TsvRow> rows) {
        this.file = file;
        this.rows = Map.copyOf(rows);
    }

    public static KeyedValues read(List<TextFile> files, String name) {
        Map<String, TsvRow> rows = new HashMap<>();
        for (TsvRow row : TsvReader.rows(files, 2)) {
            rows.put(row.get(0).strip(), row); // a user's file overrides a bundled key
        }
        return new KeyedValues(name, rows);
    }

    public String text(String key) {
        return row(key).get(1).strip();
    }

    public Pattern regex(String key) {
        return row(key).regex(1);
    }

    private TsvRow row(String key) {
        TsvRow row = rows.get(key);
        if (row == null) {
            throw new ModelException(file + ": key '" + key + "' missing");
        }
        return row;
    }
}
