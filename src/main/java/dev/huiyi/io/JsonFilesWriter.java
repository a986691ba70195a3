package dev.huiyi.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code --out DIR}: one pretty JSON file per input, written to a temporary file and renamed into place. */
public final class JsonFilesWriter implements RecordWriter {
    private static final String TMP = ".tmp";
    private final Path dir;

    public JsonFilesWriter(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Where the output of an input named {@code outputName} goes. */
    public Path target(String outputName) {
        return dir.resolve(outputName);
    }

    @Override
    public boolean pretty() {
        return true;
    }

    @Override
    public void write(InputRef input, String json) throws IOException {
        Path target = target(input.outputName());
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + TMP);
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        // every file is complete when write returns
    }
}
