package dev.huiyi.api;

/** What the record was built from: caller's id, detected format and encoding, size and a hash of the raw bytes. */
public record SourceInfo(String id, SourceFormat format, String encoding, int charCount, String sha256) {
}
