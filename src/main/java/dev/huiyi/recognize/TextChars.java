package dev.huiyi.recognize;

import dev.huiyi.text.Scripts;

/** Character classes the recognisers share. */
public final class TextChars {
    private TextChars() {
    }

    public static boolean isHan(char c) {
        return Scripts.isHan(c);
    }

    /** Punctuation and white space: hard boundaries for names, titles and units. */
    public static boolean isBreak(char c) {
        if (Character.isWhitespace(c)) {
            return true;
        }
        int type = Character.getType(c);
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL -> c != '·';
            default -> false;
        };
    }
}
