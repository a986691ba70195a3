package dev.huiyi.tools.eval;

import java.time.LocalDate;
import java.util.Objects;

/** A gold meeting date: {@code YYYY-MM-DD} or the range {@code YYYY-MM-DD/YYYY-MM-DD} (end null for one day). */
public record GoldDate(LocalDate start, LocalDate end) {
    public GoldDate {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + "/" + end);
        }
    }

    /** The gold file's own notation. */
    public String format() {
        return end == null ? start.toString() : start + "/" + end;
    }
}
