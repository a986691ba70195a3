package dev.huiyi.recognize;

import dev.huiyi.api.MentionType;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Settling by indexes, of a list or of a table, keeps what the plain tree-map reading of the rule keeps. */
class OverlapPolicyTest {
    private static final String TEXT = "会".repeat(60);

    @Test
    void aTableAndAListSettleAsTheRuleSays() {
        Random random = new Random(42);
        double[] confidences = {0.6, 0.7, 0.9};
        for (int round = 0; round < 200; round++) {
            List<Mention> candidates = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                int start = random.nextInt(50);
                int end = start + random.nextInt(6); // some of length zero
                candidates.add(Mention.in(TEXT, MentionType.PERSON, start, end, "r" + random.nextInt(3),
                        confidences[random.nextInt(3)]));
            }
            List<Mention> expected = reference(candidates);
            assertThat(OverlapPolicy.longestThenPriority(candidates)).isEqualTo(expected);
            MentionTable table = new MentionTable(TEXT);
            table.addAll(candidates);
            List<Mention> settled = OverlapPolicy.longestThenPriority(table);
            assertThat(settled).isInstanceOf(MentionTable.class).isEqualTo(expected);
        }
    }

    @Test
    void theLongerThenTheSurerThenTheEarlierWins() {
        Mention shortSure = Mention.in(TEXT, MentionType.PERSON, 0, 2, "a", 0.9);
        Mention longUnsure = Mention.in(TEXT, MentionType.PERSON, 1, 4, "b", 0.6);
        Mention sameLengthSurer = Mention.in(TEXT, MentionType.PERSON, 3, 6, "c", 0.9);
        Mention apart = Mention.in(TEXT, MentionType.PERSON, 10, 12, "d", 0.6);
        assertThat(OverlapPolicy.longestThenPriority(List.of(shortSure, longUnsure, sameLengthSurer, apart)))
                .containsExactly(shortSure, sameLengthSurer, apart);
    }

    /** The rule as first written: sorted candidates, kept ones in a tree map by start. */
    private static List<Mention> reference(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.length())
                .thenComparingDouble(m -> -m.confidence())
                .thenComparingInt(Mention::start));
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : sorted) {
            Map.Entry<Integer, Mention> e = kept.lowerEntry(m.end());
            Mention before = e == null ? null : e.getValue();
            boolean overlaps = before != null && before.start() < m.end() && m.start() < before.end();
            if (!overlaps && m.length() == 0) {
                overlaps = kept.containsKey(m.start());
            }
            if (!overlaps) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
