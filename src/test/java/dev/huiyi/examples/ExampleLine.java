package dev.huiyi.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an examples file: {@code status<TAB>example<TAB>note}, and for the folders that compare record
 * fields without a surface (meeting, normalize) an optional 4th column {@code expect} ({@code key=value;…}, see
 * {@link Expect}). Comment lines start with {@code #}; {@code # REFERENCE: 2023-06-15} sets the reference date of
 * the whole file.
 */
record ExampleLine(String file, int lineNo, Status status, String example, String note, String expect,
                   LocalDate reference, String formatError) {

    enum Status { OK, NEG, XFAIL }

    private static final Pattern REFERENCE = Pattern.compile("^#\\s*REFERENCE:\\s*(\\S+)\\s*$");

    String name() {
        return file + ":" + lineNo;
    }

    /** Every data line of an examples file; a malformed line becomes a line with a {@code formatError}. */
    static List<ExampleLine> read(Path path, String displayName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDate reference = null;
        for (String line : lines) {
            Matcher m = REFERENCE.matcher(line);
            if (m.matches()) {
                try {
                    reference = LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(displayName + ": bad REFERENCE date " + m.group(1), e);
                }
            }
        }
        List<ExampleLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String error = null;
            Status status = null;
            if (cols.length < 2 || cols.length > 4) {
                error = "expected status<TAB>example<TAB>note(<TAB>expect), got " + cols.length + " column(s)";
            } else {
                try {
                    status = Status.valueOf(cols[0].strip());
                } catch (IllegalArgumentException e) {
                    error = "unknown status '" + cols[0] + "' (OK, NEG or XFAIL)";
                }
            }
            String note = cols.length >= 3 ? cols[2].strip() : "";
            String expect = cols.length == 4 ? cols[3].strip() : "";
            if (error == null && status == Status.XFAIL && note.isEmpty()) {
                error = "an XFAIL line needs a note saying what goes wrong";
            }
            out.add(new ExampleLine(displayName, i + 1, status, cols.length > 1 ? cols[1] : "", note, expect, reference,
                    error));
        }
        return out;
    }
}
