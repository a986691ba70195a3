package dev.huiyi.normalize;

import dev.huiyi.text.MappedText;
import dev.huiyi.text.MappedTextBuilder;

import java.text.Normalizer;

/**
 * Width folding per the contract: NFKC character by character (full-width digits, Latin letters and ASCII
 * punctuation become half-width; Chinese punctuation such as 。、“”《》 is untouched by NFKC), the
 * middle dots ‧ ・ ･ become ·, and invisible characters (zero-width space, BOM) are dropped.
 */
public final class CharFolder {
    /**
     * NFKC of each character met so far (null: not yet). NFKC allocates and walks ICU tables; a report has
     * a few hundred distinct characters, so each is worked out once. Racing writers store equal values.
     */
    private final String[] folded = new String[Character.MAX_VALUE + 1];

    public MappedText fold(MappedText line) {
        String text = line.text();
        if (unchanged(text)) {
            return line; // most lines: no copy of the text and its map
        }
        MappedTextBuilder out = new MappedTextBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int origin = line.map().toOrigin(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                out.append(c, origin);
                out.append(text.charAt(i + 1), line.map().toOrigin(i + 1));
                i++;
                continue;
            }
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                continue;
            }
            if (c == '\u2027' || c == '\u30fb' || c == '\uff65') {
                out.append('·', origin);
                continue;
            }
            if (c < 0x80) {
                out.append(c, origin);
                continue;
            }
            if (c >= '\u4e00' && c <= '\u9fff') {
                out.append(c, origin); // CJK Unified Ideographs have no compatibility mapping
                continue;
            }
            out.append(nfkc(c), origin);
        }
        return out.build();
    }

    /** Whether folding leaves the text as it is (the same decisions as {@link #fold}, read without building). */
    private boolean unchanged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                i++;
            } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff'
                    || c == '\u2027' || c == '\u30fb' || c == '\uff65') {
                return false;
            } else if (c >= 0x80 && (c < '\u4e00' || c > '\u9fff')) {
                String nfkc = nfkc(c);
                if (nfkc.length() != 1 || nfkc.charAt(0) != c) {
                    return false;
                }
            }
        }
        return true;
    }

    private String nfkc(char c) {
        String nfkc = folded[c];
        if (nfkc == null) {
            nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            folded[c] = nfkc;
        }
        return nfkc;
    }
}
