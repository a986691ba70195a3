package dev.huiyi.io;

import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The inputs of one file handed over as a stream instead of a local path (Spark reads files from any Hadoop file
 * system): the file as one document, or the entries of a {@code .zip} / {@code .tar.gz} / {@code .tar} archive, read
 * through the same archive cursor, size caps and error items as {@link InputWalker}, so that the same file gives the
 * same inputs either way. The stream is opened when the first input is asked for and closed after the last one (or
 * by {@link #close()}). Single-threaded.
 */
public final class StreamInputs extends Lookahead<InputItem> implements Closeable {
    /** Opens the file's bytes; called at most once. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String id;
    private final String fileName;
    private final Opener opener;
    private final LongSupplier size;
    private final InputWalker.Settings settings;
    private final Ignored ignored = new Ignored();
    private ArchiveCursor archive;
    private boolean started;

    /**
     * @param id     the file's id, as {@link InputWalker} would name it ({@code dir/a.html}, {@code dir/b.zip})
     * @param opener opens the file's bytes
     * @param size   the file's size, asked only for the message of a file over the cap
     * @param filter which archive entries are reports
     */
    public StreamInputs(String id, Opener opener, LongSupplier size, InputFilter filter, int maxBytes,
                        long maxArchiveBytes) {
        this.id = id;
        this.fileName = id.substring(id.lastIndexOf('/') + 1);
        this.opener = opener;
        this.size = size;
        this.settings = new InputWalker.Settings(filter, maxBytes, maxArchiveBytes, null, ref -> false, null);
    }

    /** Whether a file of this name is read as an archive of reports. */
    public static boolean isArchive(String fileName) {
        return Archives.isArchive(fileName);
    }

    /** What the archive held and did not take, by reason (for the summary). */
    public Ignored ignored() {
        return ignored;
    }

    @Override
    protected InputItem advance() {
        if (!started) {
            started = true;
            return Archives.isArchive(fileName) ? openArchive() : readDocument();
        }
        if (archive == null) {
            return null;
        }
        InputItem item = archive.next();
        if (item == null) {
            closeQuietly();
        }
        return item;
    }

    private InputItem openArchive() {
        try {
            archive = ArchiveCursor.open(opener.open(), id, fileName, settings, ignored);
        } catch (IOException e) {
            return InputItem.failed(id, null, "IOException", "cannot open archive " + id + ": " + e, 0);
        }
        return advance();
    }

    private InputItem readDocument() {
        try (InputStream in = opener.open()) {
            byte[] bytes = new CappedReader(settings.maxBytes(), Long.MAX_VALUE).readUpToCap(in);
            if (bytes == null) {
                long bytesInFile = size.getAsLong();
                return InputItem.failed(id, null, "InputException",
                        InputException.overCap(bytesInFile, settings.maxBytes()).getMessage(), bytesInFile);
            }
            return InputItem.read(id, null, Source.ofBytes(id, bytes, null, InputWalker.format(id)));
        } catch (IOException e) {
            return InputItem.failed(id, null, "IOException", "cannot read " + id + ": " + e, 0);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // every entry was already read or reported, as InputWalker does at an archive's end
        }
    }

    @Override
    public void close() throws IOException {
        if (archive != null) {
            ArchiveCursor open = archive;
            archive = null;
            open.close();
        }
    }
}
