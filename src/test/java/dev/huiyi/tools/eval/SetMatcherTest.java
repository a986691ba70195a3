package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SetMatcherTest {
    private final SetMatcher<String> matcher = SetMatcher.byEquality();

    private static GoldEntry<String> gold(String... aliases) {
        return new GoldEntry<>(List.of(aliases), String.join(" | ", aliases));
    }

    private static PredictedItem<String> predicted(String key) {
        return new PredictedItem<>(key, key, null);
    }

    @Test
    void anyAliasMatchesOnce() {
        FieldScore score = matcher.match(List.of(gold("科技部战略规划司", "战略规划司")), List.of(),
                List.of(predicted("战略规划司"), predicted("科技部战略规划司")));
        // the second alias names the same gold entry again: it cannot be a second true positive
        assertThat(score.counts()).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void matchingIsMaximalNotGreedy() {
        // "科技部" fits both entries; given the first greedily, it would leave the full name with nothing to match
        FieldScore score = matcher.match(
                List.of(gold("科技部", "中华人民共和国科学技术部"), gold("科技部")), List.of(),
                List.of(predicted("科技部"), predicted("中华人民共和国科学技术部")));
        assertThat(score.counts()).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void optionalEntriesAreNeitherRightNorWrong() {
        FieldScore score = matcher.match(List.of(gold("北京市科委")), List.of(gold("机关纪委")),
                List.of(predicted("北京市科委"), predicted("机关纪委"), predicted("部机关")));
        assertThat(score.counts()).isEqualTo(new Counts(1, 1, 0));
        assertThat(score.spurious()).extracting(Spurious::text).containsExactly("部机关");
    }

    @Test
    void duplicatePredictionsCountOnce() {
        FieldScore score = matcher.match(List.of(gold("王志刚")), List.of(),
                List.of(predicted("王志刚"), predicted("王志刚"), predicted("李萌"), predicted("李萌")));
        assertThat(score.counts()).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void bothEmptyIsPerfect() {
        FieldScore score = matcher.match(List.of(), List.of(), List.of());
        assertThat(score.counts()).isEqualTo(Counts.ZERO);
        assertThat(score.counts().f1()).isEqualTo(1.0);
    }

    @Test
    void reportsMissedLabelsAndSpuriousSpans() {
        FieldScore score = matcher.match(List.of(gold("甲", "乙")), List.of(),
                List.of(new PredictedItem<>("丙", "丙", new Span(3, 4))));
        assertThat(score.missed()).containsExactly("甲 | 乙");
        assertThat(score.spurious()).containsExactly(new Spurious("丙", new Span(3, 4)));
        assertThat(score.counts()).isEqualTo(new Counts(0, 1, 1));
    }
}
