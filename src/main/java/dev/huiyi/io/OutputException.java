package dev.huiyi.io;

import java.io.IOException;

/**
 * The output of a batch (stdout, {@code --jsonl FILE}, {@code --out DIR}) cannot be written: the run stops, as
 * going on would lose every further record (the CLI exits with its own code for it).
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
