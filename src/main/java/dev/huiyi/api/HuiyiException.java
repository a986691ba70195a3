package dev.huiyi.api;

/** Root of the library's two exception families. */
public abstract class HuiyiException extends RuntimeException {
    /**
     * An exception of either family.
     *
     * @param message what went wrong, written for people
     * @param cause   the underlying failure, or null
     */
    protected HuiyiException(String message, Throwable cause) {
        super(message, cause);
    }
}
