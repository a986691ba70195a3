package dev.huiyi.text;

import java.util.BitSet;

/**
 * Marks the characters inside “…”, 「…」 and 《…》: names there are slogans or titles of works, not people, and a
 * verb there (《…著作选读》) is no act of anyone's.
 */
public final class QuoteMask {
    private QuoteMask() {
    }

    /** A bit a character, not a byte: the mask lives with the tokens, at the document's peak of memory. */
    public static BitSet of(String text) {
        BitSet inside = new BitSet(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '《' || c == '『') {
                depth++;
            } else if ((c == '”' || c == '」' || c == '》' || c == '』') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
            inside.set(i, depth > 0);
        }
        return inside;
    }
}
