package dev.huiyi.normalize;

/** Traditional → simplified, one character at a time, so that the text never changes length. */
public interface ScriptConverter {
    /** The simplified form of {@code c}, or {@code c} itself. */
    char toSimplified(char c);

    /** A converter that changes nothing (for tests and for callers who do not want conversion). */
    static ScriptConverter identity() {
        return c -> c;
    }
}
