package dev.huiyi.relate;

import dev.huiyi.text.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the list holding a person mention starts (在主席台前排就座的有:A、B、C — the start of A for each of A, B, C),
 * for one document. Mentions are indexed by their end and every answer is remembered, so the people of a list of n
 * names cost O(n) together, not O(n²) each: a document of one endless list once took minutes.
 */
final class ListStarts {
    private static final String SENTENCE_ENDS = "。;!?\n";
    private static final String LIST_GLUE = "、,和及与 :";

    private final String text;
    private final Map<Integer, Integer> earliestStartEndingAt = new HashMap<>();
    private final Map<Integer, Integer> listStartOf = new HashMap<>();
    private int sentenceCacheFrom = -1;
    private int sentenceCacheStart;

    ListStarts(String text, List<Mention> persons, List<Mention> titles) {
        this.text = text;
        for (List<Mention> mentions : List.of(persons, titles)) {
            for (Mention m : mentions) {
                earliestStartEndingAt.merge(m.end(), m.start(), Math::min);
            }
        }
    }

    /** The start of the sentence holding {@code pos}, across the colon that opens a list. */
    int sentenceStart(int pos) {
        // persons come in text order: resume the backward scan where the last one stopped when in the same sentence
        if (sentenceCacheFrom >= 0 && sentenceCacheFrom <= pos && !hasSentenceEnd(sentenceCacheFrom, pos)) {
            sentenceCacheFrom = pos;
            return sentenceCacheStart;
        }
        int start = pos;
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        sentenceCacheFrom = pos;
        sentenceCacheStart = start;
        return start;
    }

    private boolean hasSentenceEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first position of the list of names, titles and 、/,/和 that ends at {@code pos}, not before {@code sentence}. */
    int listStart(int pos, int sentence) {
        int start = pos;
        while (true) {
            Integer known = listStartOf.get(start);
            if (known != null && known >= sentence) {
                start = known;
                break;
            }
            int before = start;
            while (start > sentence && LIST_GLUE.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            Integer mentionStart = earliestStartEndingAt.get(start);
            if (mentionStart != null && mentionStart >= sentence) {
                start = mentionStart;
            }
            if (start == before) {
                break;
            }
        }
        listStartOf.put(pos, start);
        return start;
    }
}
