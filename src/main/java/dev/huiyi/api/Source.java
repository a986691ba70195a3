package dev.huiyi.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One report to extract: raw bytes with an id, plus optional hints for charset and format.
 * Bytes are kept as given (hashing and charset detection need the original).
 */
public final class Source {
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

    /** A report given as a Java string (already decoded). */
    public static Source ofText(String id, String text) {
        return new Source(id, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }

    /** Raw bytes; the charset is detected. */
    public static Source ofBytes(String id, byte[] bytes) {
        return new Source(id, bytes.clone(), null, null);
    }

    /** Raw bytes with a known charset and/or format (either may be null). */
    public static Source ofBytes(String id, byte[] bytes, Charset charsetHint, SourceFormat formatHint) {
        return new Source(id, bytes.clone(), charsetHint, formatHint);
    }

    /** A file; its file name is the id, {@code .htm}/{@code .html} mark it as HTML. */
    public static Source ofPath(Path path) {
        try {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            SourceFormat format = lower.endsWith(".html") || lower.endsWith(".htm") ? SourceFormat.HTML : null;
            return new Source(name, Files.readAllBytes(path), null, format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The same bytes under another id. */
    public Source withId(String newId) {
        return new Source(newId, bytes, charsetHint, formatHint);
    }

    public String id() {
        return id;
    }

    /** A copy of the raw bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public Optional<Charset> charsetHint() {
        return Optional.ofNullable(charsetHint);
    }

    public Optional<SourceFormat> formatHint() {
        return Optional.ofNullable(formatHint);
    }
}
