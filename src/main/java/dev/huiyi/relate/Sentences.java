package dev.huiyi.relate;

import dev.huiyi.text.Scripts;

/** Sentence and clause limits in normalised text. */
final class Sentences {
    private static final String SENTENCE_END = "。!?;\n";
    private static final String CLAUSE_BREAKS = ",。;:!?\n";
    /** How long a title in 《》 may run for its terminators to stay inside the sentence. */
    private static final int MAX_TITLE = 80;

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

    /**
     * Whether the character at {@code i} ends a sentence. A terminator inside a title in 《》 ends nothing
     * (作了题为《…努力奋斗!》的工作报告).
     */
    static boolean isTerminator(String text, int i) {
        return (SENTENCE_END.indexOf(text.charAt(i)) >= 0 || isHalfWidthStop(text, i)) && !insideTitle(text, i);
    }

    /** Offset just past the end of the sentence containing {@code at} (exclusive of the terminator). */
    static int endOf(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (isTerminator(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The first clause break (,。;:!? or a line break) at or after {@code from}, looked for over at most {@code reach}. */
    static int clauseEnd(String text, int from, int reach) {
        int end = from;
        while (end < text.length() && end - from < reach && CLAUSE_BREAKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Offset of the start of the sentence containing {@code at}. */
    static int startOf(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (isTerminator(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether {@code i} lies between a 《 and its 》 on one line, within a title's length of each. */
    private static boolean insideTitle(String text, int i) {
        if (text.charAt(i) == '\n') {
            return false;
        }
        boolean opened = false;
        for (int k = i - 1; k >= 0 && i - k <= MAX_TITLE; k--) {
            char c = text.charAt(k);
            if (c == '《') {
                opened = true;
                break;
            }
            if (c == '》' || c == '\n') {
                return false;
            }
        }
        if (!opened) {
            return false;
        }
        for (int k = i + 1; k < text.length() && k - i <= MAX_TITLE; k++) {
            char c = text.charAt(k);
            if (c == '》') {
                return true;
            }
            if (c == '《' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
