package dev.huiyi.api;

/** The caller's data cannot be read as a report: empty, undecodable, too large. A batch records it and goes on. */
public class InputException extends HuiyiException {
    public InputException(String message) {
        super(message, null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
