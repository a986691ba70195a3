package dev.huiyi.io;

import java.io.PrintStream;

/** Without {@code --out} or {@code --jsonl}: each record pretty-printed to the console (one for one input). */
public final class ConsoleWriter implements RecordWriter {
    private final PrintStream out;

    public ConsoleWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean pretty() {
        return true;
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
