package dev.huiyi.text;

/** Script tests for the characters of the genre, fast for the common case. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Whether {@code c} is of the Han script ({@link Character.UnicodeScript#HAN}). Nearly every character of a
     * report is a CJK Unified Ideograph or below the CJK radicals; those are answered without the JDK's
     * binary search over script ranges, the rest by it.
     */
    public static boolean isHan(char c) {
        if (c >= '\u4e00' && c <= '\u9ffc') {
            return true; // CJK Unified Ideographs, all assigned and all Han
        }
        if (c < '\u2e80') {
            return false; // no Han character precedes the CJK Radicals Supplement
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
