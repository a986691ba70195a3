package dev.huiyi.relate;

/**
 * {@link Sentences#endOf} for one document, remembering the last sentence found: the people of one sentence ask
 * for the same end, and a sentence of a million characters must be scanned once, not once per person.
 */
final class SentenceEnds {
    private final String text;
    private int lastFrom = -1;
    private int lastEnd = -1;

    SentenceEnds(String text) {
        this.text = text;
    }

    int endOf(int at) {
        if (lastFrom >= 0 && lastFrom <= at && at <= lastEnd) {
            return lastEnd; // the first terminator at or after lastFrom is also the first at or after `at`
        }
        lastFrom = at;
        lastEnd = Sentences.endOf(text, at);
        return lastEnd;
    }
}
