package dev.huiyi.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One report to extract: raw bytes with an id, plus optional hints for charset and format.
 * Bytes are kept as given (hashing and charset detection need the original).
 */
public final class Source {
    /** The size cap of {@link #ofPath(Path)}, also the extractor's default (10 MiB). */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private final String id;
    private final byte[] bytes;
    private final Charset charsetHint;
    private final SourceFormat formatHint;

    private Source(String id, byte[] bytes, Charset charsetHint, SourceFormat formatHint) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.charsetHint = charsetHint;
        this.formatHint = formatHint;
    }

    /**
     * A report given as a Java string (already decoded).
     *
     * @param id   the caller's id for it (a file name, a URL)
     * @param text the report
     * @return the source
     */
    public static Source ofText(String id, String text) {
        return new Source(id, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }

    /**
     * Raw bytes; the charset and format are detected.
     *
     * @param id    the caller's id for it
     * @param bytes the report's bytes (copied)
     * @return the source
     */
    public static Source ofBytes(String id, byte[] bytes) {
        return new Source(id, bytes.clone(), null, null);
    }

    /**
     * Raw bytes with a known charset and/or format.
     *
     * @param id          the caller's id for it
     * @param bytes       the report's bytes (copied)
     * @param charsetHint the charset, or null to detect it
     * @param formatHint  the format, or null to detect it
     * @return the source
     */
    public static Source ofBytes(String id, byte[] bytes, Charset charsetHint, SourceFormat formatHint) {
        return new Source(id, bytes.clone(), charsetHint, formatHint);
    }

    /**
     * A file read under {@link #DEFAULT_MAX_BYTES}; see {@link #ofPath(Path, int)}.
     *
     * @param path the report
     * @return the source, its file name as id
     * @throws InputException when the file is missing, unreadable, a directory or over the cap
     */
    public static Source ofPath(Path path) {
        return ofPath(path, DEFAULT_MAX_BYTES);
    }

    /**
     * A file; its file name is the id, {@code .html}, {@code .htm}, {@code .shtml}, {@code .xhtml} mark it as
     * HTML. The cap is checked against the file's size before anything is read, and again while reading (a file
     * that grows in the meantime), so a huge file is never held in memory.
     *
     * @param path     the report
     * @param maxBytes the largest size taken
     * @return the source, its file name as id
     * @throws InputException when the file is missing, unreadable, a directory or over the cap
     */
    public static Source ofPath(Path path, int maxBytes) {
        if (Files.isDirectory(path)) {
            throw new InputException("not a file but a directory: " + path);
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw InputException.overCap(size, maxBytes);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw InputException.overCap(bytes.length, maxBytes);
            }
            String name = path.getFileName().toString();
            return new Source(name, bytes, null, SourceFormat.byFileName(name));
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path, e);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same bytes under another id.
     *
     * @param newId the id
     * @return a source with the same bytes and hints
     */
    public Source withId(String newId) {
        return new Source(newId, bytes, charsetHint, formatHint);
    }

    /**
     * The caller's id.
     *
     * @return the id given, or the file name
     */
    public String id() {
        return id;
    }

    /**
     * The raw bytes.
     *
     * @return a copy of them
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The size.
     *
     * @return the number of raw bytes
     */
    public int size() {
        return bytes.length;
    }

    /**
     * The charset the caller gave.
     *
     * @return it, or empty when the charset is to be detected
     */
    public Optional<Charset> charsetHint() {
        return Optional.ofNullable(charsetHint);
    }

    /**
     * The format the caller or the file name gave.
     *
     * @return it, or empty when the content decides
     */
    public Optional<SourceFormat> formatHint() {
        return Optional.ofNullable(formatHint);
    }
}
