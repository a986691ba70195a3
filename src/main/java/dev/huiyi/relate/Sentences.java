package dev.huiyi.relate;

import dev.huiyi.text.Scripts;

/** Sentence and clause limits in normalised text. */
final class Sentences {
    private static final String SENTENCE_END = "。!?;\n";

    private Sentences() {
    }

    /** A half-width full stop that ends a sentence (not a decimal point): followed by a space, Han or the end. */
    static boolean isHalfWidthStop(String text, int i) {
        if (text.charAt(i) != '.') {
            return false;
        }
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return Character.isWhitespace(next) || Scripts.isHan(next);
    }

    /** Whether the character at {@code i} ends a sentence. */
    static boolean isTerminator(String text, int i) {
        return SENTENCE_END.indexOf(text.charAt(i)) >= 0 || isHalfWidthStop(text, i);
    }

    /** Offset just past the end of the sentence containing {@code at} (exclusive of the terminator). */
    static int endOf(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 || isHalfWidthStop(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Offset of the start of the sentence containing {@code at}. */
    static int startOf(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 || isHalfWidthStop(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }
}
