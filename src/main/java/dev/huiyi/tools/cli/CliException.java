package dev.huiyi.tools.cli;

/**
 * A user error a command found after parsing (no input matched, no gold files): {@link Main} prints its message
 * as one line, {@code huiyi: MESSAGE}, and exits with its code. Never carries a stack trace to the user.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
