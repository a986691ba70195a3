package dev.huiyi.api;

/** Root of the library's two exception families. */
public abstract class HuiyiException extends RuntimeException {
    protected HuiyiException(String message, Throwable cause) {
        super(message, cause);
    }
}
