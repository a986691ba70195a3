package dev.huiyi.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a report was published, with the precision its date line gives: a day, or a day and a time (to the minute,
 * or the second when the line has it). In JSON it is the ISO-8601 string, {@code 2021-12-06} or
 * {@code 2021-12-06T15:11}.
 *
 * @param date the day
 * @param time the time of day, or null when the line gives the day only
 */
public record PublishedAt(LocalDate date, LocalTime time) {
    /**
     * Checks that there is a day.
     *
     * @param date the day
     * @param time the time of day, or null when the line gives the day only
     * @throws NullPointerException when {@code date} is null
     */
    public PublishedAt {
        Objects.requireNonNull(date, "date");
    }

    /**
     * Reads the ISO-8601 form.
     *
     * @param iso {@code 2021-12-06} or {@code 2021-12-06T15:11}
     * @return the value, or null for null
     * @throws IllegalArgumentException when the text is neither a local date nor a local date-time
     */
    public static PublishedAt parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            int t = iso.indexOf('T');
            return t < 0 ? new PublishedAt(LocalDate.parse(iso), null)
                    : new PublishedAt(LocalDate.parse(iso.substring(0, t)), LocalTime.parse(iso.substring(t + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 local date or date-time: " + iso, e);
        }
    }

    /**
     * The date and time, when the line gives a time.
     *
     * @return the local date-time, or empty for a day only
     */
    public Optional<LocalDateTime> dateTime() {
        return Optional.ofNullable(time).map(date::atTime);
    }

    /**
     * The ISO-8601 form, as in the JSON.
     *
     * @return {@code 2021-12-06} or {@code 2021-12-06T15:11}
     */
    @Override
    public String toString() {
        return time == null ? date.toString() : date + "T" + time;
    }
}
