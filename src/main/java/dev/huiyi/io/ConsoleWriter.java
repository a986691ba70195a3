package dev.huiyi.io;

import java.io.PrintStream;

/**
 * Without {@code --out} or {@code --jsonl}: the record of one document pretty-printed, or the records of many as
 * JSON Lines (pretty objects back to back would be neither JSON nor JSON Lines).
 */
public final class ConsoleWriter implements RecordWriter {
    private final PrintStream out;
    private final boolean pretty;

    public ConsoleWriter(PrintStream out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    @Override
    public boolean pretty() {
        return pretty;
    }

    @Override
    public void write(InputRef input, String json) throws OutputException {
        out.println(json);
        check();
    }

    @Override
    public void close() throws OutputException {
        out.flush();
        check();
    }

    /** A PrintStream swallows write errors ({@code > /dev/full}, a closed pipe): ask it, or every record is lost. */
    private void check() throws OutputException {
        if (out.checkError()) {
            throw new OutputException("cannot write to standard output", null);
        }
    }
}
