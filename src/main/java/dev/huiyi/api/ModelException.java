package dev.huiyi.api;

/** Our own data is broken: a bad lexicon or rule line (the message names {@code file:line}). A batch stops on it. */
public class ModelException extends HuiyiException {
    public ModelException(String message) {
        super(message, null);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
