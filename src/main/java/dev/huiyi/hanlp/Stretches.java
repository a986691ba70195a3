package dev.huiyi.hanlp;

/** Where to cut a long text for the segmenter: after a line end, else a sentence end, else a clause mark. */
final class Stretches {
    private static final String[] CUT_AFTER = {"\n", "。!?;", ",、:"};

    private Stretches() {
    }

    /** The end of the stretch starting at {@code start}: at most {@code max} characters, cut where a word cannot go on. */
    static int endOf(String text, int start, int max) {
        if (text.length() - start <= max) {
            return text.length();
        }
        int limit = start + max;
        for (String marks : CUT_AFTER) {
            for (int i = limit - 1; i > start + max / 2; i--) {
                if (marks.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return limit; // a text with no mark at all (hostile input): any cut will do
    }
}
