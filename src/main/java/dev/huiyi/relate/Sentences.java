package dev.huiyi.relate;

/** Sentence and clause limits in normalised text. */
final class Sentences {
    private static final String SENTENCE_END = "。!?;\n";

    private Sentences() {
    }

    /** Offset just past the end of the sentence containing {@code at} (exclusive of the terminator). */
    static int endOf(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Offset of the start of the sentence containing {@code at}. */
    static int startOf(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
