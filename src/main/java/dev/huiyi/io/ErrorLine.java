package dev.huiyi.io;

import java.util.Objects;

/**
 * The output line of an input that yielded no record: {@code {"source":…,"error":{"type":…,"message":…}}}.
 * It stands in the input's place, so a batch never loses a document.
 */
public record ErrorLine(String source, Detail error) {
    public ErrorLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
    }

    public static ErrorLine of(String source, String type, String message) {
        return new ErrorLine(source, new Detail(type, message));
    }

    /** What went wrong: the exception's simple name (InputException, IOException, TimeoutException…) and message. */
    public record Detail(String type, String message) {
    }
}
