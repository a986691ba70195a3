package dev.huiyi.normalize;

import dev.huiyi.api.InputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how a report's bytes are encoded: a BOM wins; then strict UTF-8; otherwise GB18030 versus
 * Big5, each decoded strictly and scored by how many of the genre's most frequent characters it yields
 * (the wrong charset decodes to rare characters or fails).
 */
public final class CharsetDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Big5 with the ETEN and HKSCS extensions (恒 is 0xF9DA there): what Big5 pages are in practice. */
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private final Set<Character> frequentChars;

    public CharsetDetector(Set<Character> frequentChars) {
        this.frequentChars = Set.copyOf(frequentChars);
    }

    public DecodedInput decode(byte[] bytes, Optional<Charset> hint) {
        if (bytes.length == 0) {
            throw new InputException("empty input");
        }
        Optional<DecodedInput> bom = decodeBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (hint.isPresent()) {
            String text = strict(bytes, hint.get())
                    .orElseThrow(() -> new InputException("input is not valid " + hint.get().name()));
            return new DecodedInput(hint.get().name().startsWith("Big5") ? withNameDots(text) : text, hint.get().name());
        }
        if (looksBinary(bytes)) {
            throw new InputException("input looks binary (NUL bytes), not a text or HTML report");
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedInput(utf8.get(), "UTF-8");
        }
        Optional<String> gb = strict(bytes, GB18030);
        Optional<String> big5 = strict(bytes, BIG5);
        String big5Name = "Big5";
        if (big5.isEmpty()) {
            big5 = strict(bytes, BIG5_HKSCS);
            big5Name = "Big5-HKSCS";
        }
        big5 = big5.map(CharsetDetector::withNameDots);
        if (gb.isEmpty() && big5.isEmpty()) {
            throw new InputException("undecodable input: not valid UTF-8, GB18030 or Big5");
        }
        if (big5.isEmpty()) {
            return new DecodedInput(gb.get(), "GB18030");
        }
        if (gb.isEmpty()) {
            return new DecodedInput(big5.get(), big5Name);
        }
        return frequentCount(big5.get()) > frequentCount(gb.get())
                ? new DecodedInput(big5.get(), big5Name)
                : new DecodedInput(gb.get(), "GB18030");
    }

    /**
     * Big5's 0xA145, the name dot of Taiwan's pages (買買提‧艾力), is U+2027 in Windows-950, the code page those pages
     * are written in, but U+2022 (a bullet) in Java's Big5 tables; no other byte gives U+2022, so it is put back to
     * U+2027, which normalisation folds to · (the contract). One character for one: offsets stay as they are.
     */
    static String withNameDots(String big5Text) {
        return big5Text.replace('\u2022', '\u2027');
    }

    private long frequentCount(String text) {
        return text.chars().filter(c -> frequentChars.contains((char) c)).count();
    }

    private static Optional<DecodedInput> decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedInput(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedInput(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedInput(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        return Optional.empty();
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
