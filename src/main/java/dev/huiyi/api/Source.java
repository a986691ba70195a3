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
 * Bytes are kept as given (hashing and charset detection need the original). A report given as a string is kept as
 * that string: its UTF-8 bytes are made only when asked for, so that a long report is not held twice.
 */
public final class Source {
    /** The size cap of {@link #ofPath(Path)}, also the extractor's default (10 MiB). */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private final String id;
    private final byte[] bytes; // null when the report was given as text
    private final String text; // null when the report was given as bytes
    private final int size;
    private final Charset charsetHint;
    private final SourceFormat formatHint;

    private Source(String id, byte[] bytes, Charset charsetHint, SourceFormat formatHint) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.text = null;
        this.size = bytes.length;
        this.charsetHint = charsetHint;
        this.formatHint = formatHint;
    }

    private Source(String id, String text, int utf8Length) {
        this.id = Objects.requireNonNull(id, "id");
        this.bytes = null;
        this.text = text;
        this.size = utf8Length;
        this.charsetHint = StandardCharsets.UTF_8;
        this.formatHint = null;
    }

    /**
     * A report given as a Java string (already decoded).
     *
     * @param id   the caller's id for it (a file name, a URL)
     * @param text the report
     * @return the source
     */
    public static Source ofText(String id, String text) {
        return new Source(id, text, utf8Length(text));
    }

    /** The length of {@code text.getBytes(UTF_8)}, without making them (a lone surrogate becomes one '?'). */
    private static int utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length += 1;
            } else {
                length += 3;
            }
        }
        return (int) Math.min(length, Integer.MAX_VALUE);
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
        return text != null ? new Source(newId, text, size) : new Source(newId, bytes, charsetHint, formatHint);
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
        return text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
    }

    /**
     * The size.
     *
     * @return the number of raw bytes (of a text: of its UTF-8 encoding)
     */
    public int size() {
        return size;
    }

    /**
     * The report as given to {@link #ofText(String, String)}: the extractor reads it without encoding and decoding
     * it again.
     *
     * @return the text itself, or empty for a source of bytes
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
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
