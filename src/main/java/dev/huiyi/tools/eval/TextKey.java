package dev.huiyi.tools.eval;

import java.text.Normalizer;

/**
 * The normal form in which scored strings are compared (the contract's "Scoring" section): NFKC, then no
 * whitespace at all, so that width and spacing differences between gold and prediction never count.
 */
public final class TextKey {
    /** Quotation marks that units, slogans, organizers and meeting names ignore. */
    private static final String QUOTES = "“”‘’\"'「」『』";

    private TextKey() {
    }

    /** NFKC without whitespace; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        return strip(Normalizer.normalize(text, Normalizer.Form.NFKC), false);
    }

    /** Like {@link #of(String)}, also without quotation marks; null stays null. */
    public static String unquoted(String text) {
        if (text == null) {
            return null;
        }
        return strip(Normalizer.normalize(text, Normalizer.Form.NFKC), true);
    }

    private static String strip(String text, boolean quotes) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> !quotes || QUOTES.indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
