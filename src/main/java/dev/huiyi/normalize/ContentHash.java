package dev.huiyi.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a report's bytes, in hex: of bytes as given, or of a string's UTF-8 without holding it whole. */
final class ContentHash {
    /** Characters encoded at a time: a few KB of bytes, where the whole encoding was 3 bytes a character. */
    static final int CHUNK = 4096;

    private ContentHash() {
    }

    static String of(byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of {@code text.getBytes(UTF_8)}, encoded a chunk at a time. A chunk never ends between the two halves
     * of a surrogate pair, so the bytes are those of the whole string, a lone surrogate's '?' included.
     */
    static String ofUtf8(String text) {
        MessageDigest digest = sha256();
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + CHUNK);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                    && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            digest.update(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
            start = end;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
