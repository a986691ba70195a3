package dev.huiyi.text;

import java.util.BitSet;

/**
 * Marks the characters inside “…”, 「…」 and 《…》: names there are slogans or titles of works, not people, and a
 * verb there (《…著作选读》) is no act of anyone's.
 */
public final class QuoteMask {
    private QuoteMask() {
    }

    /**
     * A bit a character, not a byte: the mask lives with the tokens, at the document's peak of memory. A quote
     * still open at the end of its line (a reversed pair, ”…“, or a stray “) marks nothing from its opening on: the
     * rest of a paragraph is no quotation.
     */
    public static BitSet of(String text) {
        BitSet inside = new BitSet(text.length());
        int depth = 0;
        int firstOpen = -1; // the outermost quote open on this line, where an unclosed run starts
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (depth > 0) {
                    inside.clear(firstOpen, i);
                }
                depth = 0;
                continue;
            }
            if (c == '“' || c == '「' || c == '《' || c == '『') {
                if (depth == 0) {
                    firstOpen = i;
                }
                depth++;
            } else if ((c == '”' || c == '」' || c == '》' || c == '』') && depth > 0) {
                depth--;
            }
            inside.set(i, depth > 0);
        }
        return inside;
    }
}
