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
        MappedTextBuilder out = new MappedTextBuilder();
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
            String nfkc = folded[c];
            if (nfkc == null) {
                nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                folded[c] = nfkc;
            }
            out.append(nfkc, origin);
        }
        return out.build();
    }
}
