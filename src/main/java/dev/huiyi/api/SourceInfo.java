package dev.huiyi.api;

/**
 * What the record was built from.
 *
 * @param id        the caller's id (a file name, a path, {@code archive.zip!/a.html})
 * @param format    the format read
 * @param encoding  the charset detected or given ({@code UTF-8}, {@code GB18030}, {@code Big5})
 * @param charCount the number of characters decoded
 * @param sha256    the SHA-256 of the raw bytes, in lower-case hex
 */
public record SourceInfo(String id, SourceFormat format, String encoding, int charCount, String sha256) {
}
