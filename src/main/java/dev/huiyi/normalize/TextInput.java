package dev.huiyi.normalize;

import dev.huiyi.api.Source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A report given as a string, read as that string: encoding it to UTF-8 and decoding the bytes again held two more
 * copies of it (5 bytes a Chinese character) for the whole extraction, and gave back an equal string.
 */
final class TextInput {
    private TextInput() {
    }

    /**
     * The decoded input of a source given as text, when decoding its UTF-8 bytes would give back the very same
     * string; empty when the bytes must decide: an empty text (refused), a leading U+FEFF (read as a byte order
     * mark) or a lone surrogate (encoded as '?').
     */
    static Optional<DecodedInput> decoded(Source source) {
        return source.text().filter(TextInput::survivesUtf8).map(t -> new DecodedInput(t, StandardCharsets.UTF_8.name()));
    }

    static boolean survivesUtf8(String text) {
        if (text.isEmpty() || text.charAt(0) == '\uFEFF') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
