package dev.huiyi.relate;

import dev.huiyi.text.Mention;

import java.util.Arrays;
import java.util.List;

/**
 * Where the list holding a person mention starts (在主席台前排就座的有:A、B、C — the start of A for each of A, B, C),
 * for one document. Mentions are indexed by their end and the last answer is remembered, so the people of a list of
 * n names, asked in text order, cost O(n) together, not O(n²) each: a document of one endless list once took
 * minutes. The index is two int arrays made at the first question (most documents ask none): hash maps of boxed
 * offsets here once took 50 bytes per character of a name list.
 */
final class ListStarts {
    private static final String SENTENCE_ENDS = "。;!?\n";
    private static final String LIST_GLUE = "、,和及与 :";
    private static final String COMRADE = "同志";
    /** How long a note in parentheses after a name may be (孟文生(市人大), 陈志刚(江夏), 李红(女)). */
    private static final int NOTE_MAX = 8;

    private final String text;
    private final List<Mention> persons;
    private final List<Mention> titles;
    /** end << 32 | earliest start of the mentions ending there, sorted by end, in [0, distinctEnds). */
    private long[] byEnd;
    private int distinctEnds;
    private int lastAsked = -1;
    private int lastAnswer;
    private int sentenceCacheFrom = -1;
    private int sentenceCacheStart;

    ListStarts(String text, List<Mention> persons, List<Mention> titles) {
        this.text = text;
        this.persons = persons;
        this.titles = titles;
    }

    /** One array, sorted and made distinct in place: two int arrays and their copies took three times its size. */
    private void index() {
        long[] keys = new long[persons.size() + titles.size()];
        int n = 0;
        for (List<Mention> mentions : List.of(persons, titles)) {
            for (Mention m : mentions) {
                keys[n++] = ((long) m.end() << 32) | m.start();
            }
        }
        Arrays.sort(keys); // by end, then start: the first of each end has the earliest start
        int distinct = 0;
        for (long key : keys) {
            if (distinct == 0 || keys[distinct - 1] >>> 32 != key >>> 32) {
                keys[distinct++] = key;
            }
        }
        byEnd = keys;
        distinctEnds = distinct;
    }

    /** The earliest start of a person or title mention ending at {@code end}, or -1. */
    private int earliestStartEndingAt(int end) {
        if (byEnd == null) {
            index();
        }
        int lo = 0;
        int hi = distinctEnds;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (byEnd[mid] >>> 32) < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < distinctEnds && (int) (byEnd[lo] >>> 32) == end ? (int) byEnd[lo] : -1;
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
            // The answer for the previous person of the list, which the walk back reaches: an answer is the same
            // whichever sentence bound it was found under, as long as it is not before this one.
            if (start == lastAsked && lastAnswer >= sentence) {
                start = lastAnswer;
                break;
            }
            int before = start;
            while (start > sentence && LIST_GLUE.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
                // …屈佳教授,以及|中华眼科学会常委石伟云教授: 以及 joins as 及 does
                if (start - 1 >= sentence && text.charAt(start) == '及' && text.charAt(start - 1) == '以') {
                    start--;
                }
            }
            // 往届市人大常委会、市政协领导|同志|邱莉、钟国磊: 同志 after a group label joins it to the names it labels
            if (start - COMRADE.length() >= sentence && text.startsWith(COMRADE, start - COMRADE.length())
                    && earliestStartEndingAt(start - COMRADE.length()) >= sentence) {
                start -= COMRADE.length();
            }
            // 孟文生(市人大)、|覃伟东: a short note in parentheses after a name (its unit, its place) keeps the list going
            int open = start - 1 > sentence && text.charAt(start - 1) == ')'
                    ? text.lastIndexOf('(', start - 2) : -1;
            if (open > sentence && start - open <= NOTE_MAX + 2 && !hasSentenceEnd(open, start)
                    && text.indexOf(')', open) == start - 1 && earliestStartEndingAt(open) >= sentence) {
                start = open;
            }
            int mentionStart = earliestStartEndingAt(start);
            if (mentionStart >= 0 && mentionStart >= sentence) {
                start = mentionStart;
            }
            if (start == before) {
                break;
            }
        }
        lastAsked = pos;
        lastAnswer = start;
        return start;
    }
}
