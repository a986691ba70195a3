package dev.huiyi.recognize.date;

import dev.huiyi.api.Span;

import java.time.LocalDate;
import java.time.LocalTime;

/** A date found in the text, resolved: start, end (null for one day), time of day if given. */
public record DateExpression(Span span, String surface, LocalDate start, LocalDate end, LocalTime time,
                             String ruleId) {
    /** ISO value: {@code 2021-11-29} or {@code 2021-11-29/2021-11-30}. */
    public String isoValue() {
        return end == null ? start.toString() : start + "/" + end;
    }
}
