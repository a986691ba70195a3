package dev.huiyi.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * {@code --out DIR}: one pretty JSON file per input, written to a temporary file, forced to disk and renamed into
 * place, so a file that exists is whole. No path leaves DIR. A name the file system refuses (a folder already
 * there from another run, a name too long for it) never stops the run: the output goes to
 * {@code DIR/_unwritable/HASH.json} instead, where {@code --resume} also looks.
 */
public final class JsonFilesWriter implements RecordWriter {
    private static final String TMP = ".tmp";
    static final String FALLBACK_DIR = "_unwritable";
    private final Path dir;
    private final Sync sync;

    /**
     * How a written temporary file is forced to disk before its rename: a seam, so that a test can see that it is
     * and in which order (a crash cannot be simulated portably).
     */
    @FunctionalInterface
    interface Sync {
        Sync FORCE = channel -> channel.force(true);

        void force(FileChannel channel) throws IOException;
    }

    public JsonFilesWriter(Path dir) throws IOException {
        this(dir, Sync.FORCE);
    }

    JsonFilesWriter(Path dir, Sync sync) throws IOException {
        this.dir = Files.createDirectories(dir).toAbsolutePath().normalize();
        this.sync = sync;
    }

    /** Where the output of an input named {@code outputName} goes; never outside DIR. */
    public Path target(String outputName) {
        Path target = dir.resolve(outputName).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
            return fallback(outputName);
        }
        return target;
    }

    /** The place of an output whose own name could not be written: the same for the same name, in every run. */
    public Path fallback(String outputName) {
        return dir.resolve(FALLBACK_DIR).resolve(OutputNames.hash(outputName) + ".json");
    }

    @Override
    public boolean pretty() {
        return true;
    }

    @Override
    public void write(InputRef input, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path target = target(input.outputName());
        try {
            writeDurably(target, bytes);
        } catch (FileSystemException e) {
            // the name, not the disk: a clash with what is already in DIR, or a name too long for this file system
            Path fallback = fallback(input.outputName());
            try {
                writeDurably(fallback, bytes);
            } catch (IOException again) {
                again.addSuppressed(e);
                throw new OutputException("cannot write " + fallback + ": " + again.getMessage(), again);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private void writeDurably(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + TMP);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // without it, a crash soon after the rename can leave a whole-looking name over an empty file
                sync.force(channel);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() {
        // every file is complete when write returns
    }
}
