package dev.huiyi.relate;

import dev.huiyi.text.Mention;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences that are nothing but a roll of titled names (研究生院副院长党春科,校团委副书记惠刚,机电学院副院长师映锋教授。):
 * with no verb of their own, a report lists in them the people present, as it lists guests after 出席的有.
 */
final class RollSentences {
    /** What may join the items of a roll besides the names and titles themselves. */
    private static final String GLUE = "、,和及与 \u3000";
    /** How many names a roll must have: one titled name alone is a caption or a heading as often. */
    private static final int MIN_NAMES = 2;

    private final String text;
    private final BitSet covered;
    private final BitSet personStarts;
    private final Map<Integer, Boolean> rollAt = new HashMap<>();

    RollSentences(String text, List<Mention> persons, List<Mention> titles) {
        this.text = text;
        this.covered = new BitSet(text.length());
        this.personStarts = new BitSet(text.length());
        for (Mention p : persons) {
            covered.set(p.start(), p.end());
            personStarts.set(p.start());
        }
        for (Mention t : titles) {
            covered.set(t.start(), t.end());
        }
    }

    /** Whether the sentence {@code [start, end)} is a roll: names and titles joined by commas, at most 等 to close it. */
    boolean isRoll(int start, int end) {
        return rollAt.computeIfAbsent(start, s -> readsAsRoll(s, end));
    }

    private boolean readsAsRoll(int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last > start && text.charAt(last - 1) == '等') {
            last--;
        }
        int names = 0;
        for (int i = start; i < last; i++) {
            char c = text.charAt(i);
            if (!covered.get(i) && GLUE.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
            names += personStarts.get(i) ? 1 : 0;
        }
        return names >= MIN_NAMES && end < text.length() && text.charAt(end) == '。';
    }
}
