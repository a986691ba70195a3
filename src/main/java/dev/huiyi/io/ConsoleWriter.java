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
    public void write(InputRef input, String json) {
        out.println(json);
    }

    @Override
    public void close() {
        out.flush();
    }
}
