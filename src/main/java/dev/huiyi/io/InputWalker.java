package dev.huiyi.io;

import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The inputs of a batch, read lazily in argument order: files as given, reports under directories
 * (recursively, filtered), entries of {@code .zip} / {@code .tar.gz} archives (read as streams), and {@code -}
 * for one document on stdin. Each input is read with the size cap when it is asked for and never before, so
 * memory does not grow with the number of inputs. Inputs the skip predicate accepts ({@code --resume}) are
 * counted and not read. Single-threaded: one consumer iterates.
 */
public final class InputWalker extends Lookahead<InputItem> implements Closeable {
    /** The id of the document read from stdin. */
    public static final String STDIN_ID = "stdin";

    /**
     * @param names           output names to assign (for {@code --out}), or null
     * @param maxBytes        cap on one document's bytes
     * @param maxArchiveBytes cap on the bytes decompressed from one archive
     */
    public record Settings(InputFilter filter, int maxBytes, long maxArchiveBytes, OutputNames names,
                           Predicate<InputRef> skip, InputStream stdin) {
    }

    private final Iterator<String> args;
    private final Settings settings;
    private Iterator<Path> dirFiles;
    /** The directory argument being walked (its files' outputs mirror the tree below it), or null. */
    private Path dirRoot;
    private ArchiveCursor archive;
    private long skipped;
    private final Ignored ignored = new Ignored();

    public InputWalker(List<String> args, Settings settings) {
        this.args = List.copyOf(args).iterator();
        this.settings = settings;
    }

    /** How many inputs the skip predicate took out so far. */
    public long skipped() {
        return skipped;
    }

    /** What the walk met and did not take, by reason (for the summary). */
    public Ignored ignored() {
        return ignored;
    }

    /** Counts the inputs without reading any document (it does decompress archives to find their entries). */
    public static long count(List<String> args, Settings settings) {
        Settings counting = new Settings(settings.filter(), settings.maxBytes(), settings.maxArchiveBytes(), null,
                ref -> true, InputStream.nullInputStream());
        try (InputWalker walker = new InputWalker(args, counting)) {
            while (walker.hasNext()) {
                walker.next();
            }
            return walker.skipped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether one argument stands for a single document (a file that is not an archive, or {@code -}) rather
     * than for as many as a directory or archive holds.
     */
    public static boolean isOneDocument(String arg) {
        return arg.equals("-") || !Files.isDirectory(Path.of(arg)) && !Archives.isArchive(arg);
    }

    @Override
    protected InputItem advance() {
        while (true) {
            if (archive != null) {
                InputItem item = archive.next();
                if (item != null) {
                    return item;
                }
                closeArchive();
            } else if (dirFiles != null) {
                InputItem item = nextInDirectory();
                if (item != null) {
                    return item;
                }
            } else if (!args.hasNext()) {
                return null;
            } else {
                InputItem item = fromArgument(args.next());
                if (item != null) {
                    return item;
                }
            }
        }
    }

    private InputItem fromArgument(String arg) {
        if (arg.equals("-")) {
            return stdin();
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            try {
                dirFiles = new DirectoryWalk(path, settings.filter(), ignored);
                dirRoot = path;
            } catch (DirectoryWalk.Unlistable e) {
                dirFiles = null;
                return failedPath(e.dir(), "IOException", e.getMessage());
            }
            return null;
        }
        return fromFile(path);
    }

    private InputItem nextInDirectory() {
        try {
            if (dirFiles.hasNext()) {
                return fromFile(dirFiles.next());
            }
            dirFiles = null;
            dirRoot = null;
            return null;
        } catch (DirectoryWalk.Unlistable e) {
            return failedPath(e.dir(), "IOException", e.getMessage());
        }
    }

    private InputItem fromFile(Path path) {
        if (Archives.isArchive(path.getFileName().toString())) {
            try {
                archive = ArchiveCursor.open(path, folderOf(path), settings, ref -> skip(ref.id(), ref.outputName()),
                        ignored);
                return null;
            } catch (IOException e) {
                return failedPath(path, "IOException", "cannot open archive " + path + ": " + e);
            }
        }
        String id = path.toString();
        String outputName = settings.names() == null ? null
                : settings.names().forFile(folderOf(path), path.getFileName().toString());
        if (skip(id, outputName)) {
            return null;
        }
        try {
            long size = Files.size(path);
            if (size > settings.maxBytes()) {
                return InputItem.failed(id, outputName, "InputException",
                        InputException.overCap(size, settings.maxBytes()).getMessage(), size);
            }
            return InputItem.read(id, outputName, Source.ofBytes(id, Files.readAllBytes(path), null, format(id)));
        } catch (NoSuchFileException e) {
            return InputItem.failed(id, outputName, "IOException", "no such file: " + path, 0);
        } catch (IOException e) {
            return InputItem.failed(id, outputName, "IOException", "cannot read " + path + ": " + e, 0);
        }
    }

    /** The folder of a file below the directory argument being walked ({@code a/b}), or empty for an argument. */
    private String folderOf(Path file) {
        if (dirRoot == null || file.getParent() == null || !file.startsWith(dirRoot)) {
            return "";
        }
        return dirRoot.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '/');
    }

    private InputItem stdin() {
        String outputName = settings.names() == null ? null : settings.names().forFile(STDIN_ID);
        if (skip(STDIN_ID, outputName)) {
            return null;
        }
        try {
            byte[] bytes = new CappedReader(settings.maxBytes(), Long.MAX_VALUE).readUpToCap(settings.stdin());
            if (bytes == null) {
                return InputItem.failed(STDIN_ID, outputName, "InputException",
                        "stdin is larger than the size cap of " + settings.maxBytes() + " bytes", settings.maxBytes());
            }
            return InputItem.read(STDIN_ID, outputName, Source.ofBytes(STDIN_ID, bytes, null, null));
        } catch (IOException e) {
            return InputItem.failed(STDIN_ID, outputName, "IOException", "cannot read stdin: " + e, 0);
        }
    }

    private InputItem failedPath(Path path, String type, String message) {
        String id = path.toString();
        String outputName = settings.names() == null ? null : settings.names().forFile(path.getFileName() == null
                ? id : path.getFileName().toString());
        return skip(id, outputName) ? null : InputItem.failed(id, outputName, type, message, 0);
    }

    private boolean skip(String id, String outputName) {
        if (settings.skip().test(new InputRef(id, outputName))) {
            skipped++;
            return true;
        }
        return false;
    }

    /** HTML by extension; anything else is left to detection. */
    static SourceFormat format(String name) {
        return SourceFormat.byFileName(name);
    }

    private void closeArchive() {
        try {
            archive.close();
        } catch (IOException e) {
            // nothing was lost: every entry was already read or reported
        } finally {
            archive = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (archive != null) {
            archive.close();
            archive = null;
        }
    }
}
