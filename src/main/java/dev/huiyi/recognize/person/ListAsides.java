package dev.huiyi.recognize.person;

import dev.huiyi.recognize.TextChars;

/**
 * A short aside in parentheses after a name in a list of names (杨森|(人大办)|、王金有, 韦平|(女)|、程立): the list runs on
 * past it, as past a form of address.
 */
public final class ListAsides {
    /** The longest aside a list passes over: a short unit (县教育局), a sex or a nation (女, 回族). */
    private static final int MAX_ASIDE = 8;

    private ListAsides() {
    }

    /**
     * Where the aside that opens at {@code at} ends, or {@code at} when none stands there: Han characters only, so
     * that a list's own punctuation is never passed over.
     */
    public static int end(String text, int at) {
        if (at < 0 || at >= text.length() || text.charAt(at) != '(') {
            return at;
        }
        for (int k = at + 1; k < text.length() && k <= at + MAX_ASIDE + 1; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k > at + 1 ? k + 1 : at;
            }
            if (!TextChars.isHan(c)) {
                return at;
            }
        }
        return at;
    }
}
