package dev.huiyi.api;

/** Our own data is broken: a bad lexicon or rule line (the message names {@code file:line}). A batch stops on it. */
public class ModelException extends HuiyiException {
    /**
     * An exception without a cause.
     *
     * @param message what went wrong, written for people
     */
    public ModelException(String message) {
        super(message, null);
    }

    /**
     * An exception with its cause.
     *
     * @param message what went wrong, written for people
     * @param cause   the underlying failure
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
