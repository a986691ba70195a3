package dev.huiyi.io;

import dev.huiyi.api.Source;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;

/**
 * The reports inside one archive, one entry at a time, read from the stream as they are asked for. A corrupt
 * archive or a spent budget ends the archive with one error item naming it (entries already read stay read).
 */
final class ArchiveCursor implements Closeable {
    /** The archive's id ({@code dir/a.zip}), prefix of its entries' ids, and its file name. */
    private final String archiveId;
    private final String fileName;
    private final String folder;
    private final ArchiveInputStream<?> in;
    private final HeaderLimit headers;
    private final InputWalker.Settings settings;
    private final Predicate<InputRef> skip;
    private final CappedReader reader;
    private final Ignored ignored;
    private boolean done;
    private boolean anyReport;
    /** The last entry read, named by an error that ends the archive (the archive itself before any entry). */
    private String lastId;

    private ArchiveCursor(String archiveId, String fileName, String folder, Archives.Opened opened,
                          InputWalker.Settings settings, Predicate<InputRef> skip, Ignored ignored) {
        this.ignored = ignored;
        this.archiveId = archiveId;
        this.fileName = fileName;
        this.folder = folder;
        this.in = opened.in();
        this.headers = opened.headers();
        this.lastId = archiveId;
        this.settings = settings;
        this.skip = skip;
        this.reader = new CappedReader(settings.maxBytes(), settings.maxArchiveBytes());
    }

    /** Opens the archive; {@code skip} decides (and counts) which entries a resumed run already has. */
    static ArchiveCursor open(Path path, String folder, InputWalker.Settings settings, Predicate<InputRef> skip,
                              Ignored ignored) throws IOException {
        return new ArchiveCursor(path.toString(), path.getFileName().toString(), folder, Archives.open(path), settings,
                skip, ignored);
    }

    /** Opens an archive handed over as a stream under the id {@code archiveId} (its entries: {@code archiveId!/name}). */
    static ArchiveCursor open(InputStream stream, String archiveId, String fileName, InputWalker.Settings settings,
                              Ignored ignored) throws IOException {
        return new ArchiveCursor(archiveId, fileName, "", Archives.open(stream, fileName), settings, ref -> false,
                ignored);
    }

    /** The next item, or null at the end of the archive. */
    InputItem next() {
        if (done) {
            return null;
        }
        try {
            ArchiveEntry entry;
            while ((entry = nextEntry()) != null) {
                if (entry.isDirectory()) {
                    reader.drain(in);
                    continue;
                }
                if (!settings.filter().accepts(entry.getName())) {
                    ignored.add(Ignored.Reason.notIncluded);
                    reader.drain(in);
                    continue;
                }
                anyReport = true;
                String id = archiveId + "!/" + entry.getName();
                lastId = id;
                String outputName = settings.names() == null ? null
                        : settings.names().forEntry(folder, fileName, entry.getName());
                if (skip.test(new InputRef(id, outputName))) {
                    reader.drain(in);
                    continue;
                }
                if (!in.canReadEntryData(entry)) {
                    // encrypted, or a compression method the reader lacks: a report we cannot read is an error line
                    reader.drain(in);
                    return InputItem.failed(id, outputName, "IOException",
                            "entry is encrypted or uses an unsupported compression method", 0);
                }
                byte[] bytes = reader.read(in, entry.getSize());
                if (bytes == null) {
                    return InputItem.failed(id, outputName, "InputException",
                            "entry is larger than the size cap of " + reader.maxBytes() + " bytes", reader.maxBytes());
                }
                return InputItem.read(id, outputName, Source.ofBytes(id, bytes, null, InputWalker.format(id)));
            }
            done = true;
            if (!anyReport) {
                ignored.add(Ignored.Reason.archivesWithoutReports);
            }
            return null;
        } catch (CappedReader.BudgetExceeded e) {
            return archiveFailure("InputException", "archive stopped after " + lastId + ": " + e.getMessage()
                    + " (cap " + settings.maxArchiveBytes() + " bytes per archive)");
        } catch (HeaderLimit.HeaderTooLarge e) {
            return archiveFailure("InputException", "archive stopped after " + lastId + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return archiveFailure("IOException", "cannot read archive after " + lastId + ": " + e);
        } catch (NoClassDefFoundError e) {
            // a zip entry compressed with zstd or xz: commons-compress opens it with a library we do not ship, as
            // soon as it reads the entry's header, so the archive cannot go on past it (found by ArchiveFuzzTest;
            // before, the error escaped and ended the whole run)
            return archiveFailure("IOException", "cannot read archive after " + lastId
                    + ": an entry uses a compression method this build cannot read (" + e.getMessage() + ")");
        }
    }

    /** The next entry, its headers read under the header limit and counted against the archive's budget. */
    private ArchiveEntry nextEntry() throws IOException {
        headers.startHeader();
        ArchiveEntry entry;
        try {
            entry = in.getNextEntry();
        } finally {
            reader.count(headers.endHeader());
        }
        if (entry instanceof ZipArchiveEntry zip && zip.getMethod() == ZipEntry.STORED
                && zip.getGeneralPurposeBit().usesDataDescriptor()) {
            headers.startBufferedEntry(settings.maxBytes());
        }
        return entry;
    }

    /** One error item for the archive itself (none when a resumed run already has it). */
    private InputItem archiveFailure(String type, String message) {
        done = true;
        String id = archiveId;
        String outputName = settings.names() == null ? null : settings.names().forFile(folder, fileName);
        return skip.test(new InputRef(id, outputName)) ? null
                : InputItem.failed(id, outputName, type, message, 0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
