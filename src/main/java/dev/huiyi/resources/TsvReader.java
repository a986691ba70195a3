package dev.huiyi.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's data files: UTF-8, one record a line, fields separated by tabs,
 * {@code #} comments, blank lines ignored. A {@code # FORMAT:} header documents the columns.
 */
public final class TsvReader {
    private TsvReader() {
    }

    /** Rows of all files in order; each row must have at least {@code minFields} fields. */
    public static List<TsvRow> rows(List<TextFile> files, int minFields) {
        List<TsvRow> rows = new ArrayList<>();
        for (TextFile file : files) {
            String[] lines = file.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = stripBom(lines[i]).replace("\r", "");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                TsvRow row = new TsvRow(file.name(), i + 1, Arrays.asList(line.split("\t", -1)));
                if (row.fields().size() < minFields) {
                    throw row.error("expected at least " + minFields + " tab-separated fields, found "
                            + row.fields().size());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first field of every row: a plain word list. */
    public static List<String> words(List<TextFile> files) {
        List<String> words = new ArrayList<>();
        for (TsvRow row : rows(files, 1)) {
            String w = row.get(0).strip();
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
