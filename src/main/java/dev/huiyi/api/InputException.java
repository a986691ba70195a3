package dev.huiyi.api;

/** The caller's data cannot be read as a report: empty, undecodable, too large. A batch records it and goes on. */
public class InputException extends HuiyiException {
    /**
     * The input is larger than the size cap it is read under.
     *
     * @param bytes    the input's size
     * @param maxBytes the cap
     * @return the exception, with the message every reader of inputs uses
     */
    public static InputException overCap(long bytes, long maxBytes) {
        return new InputException("input of " + bytes + " bytes is over the size cap of " + maxBytes + " bytes");
    }

    /**
     * An exception without a cause.
     *
     * @param message what went wrong, written for people
     */
    public InputException(String message) {
        super(message, null);
    }

    /**
     * An exception with its cause.
     *
     * @param message what went wrong, written for people
     * @param cause   the underlying failure
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
