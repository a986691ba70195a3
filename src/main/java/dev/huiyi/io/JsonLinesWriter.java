package dev.huiyi.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * JSON Lines, one whole line per input: each line goes to the file in one write of its bytes and newline, with
 * no buffering between, so a killed run leaves whole lines (and {@link ResumeIndex} cuts a torn last line).
 */
public final class JsonLinesWriter implements RecordWriter {
    private final FileOutputStream out;
    private final Path file;

    /** Creates or truncates {@code file}, or appends to it ({@code --resume}). */
    public JsonLinesWriter(Path file, boolean append) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        this.file = file;
        this.out = new FileOutputStream(file.toFile(), append);
    }

    @Override
    public boolean pretty() {
        return false;
    }

    @Override
    public void write(InputRef input, String json) throws IOException {
        try {
            out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
