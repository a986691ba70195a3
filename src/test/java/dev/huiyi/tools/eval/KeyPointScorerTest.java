package dev.huiyi.tools.eval;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPointScorerTest {
    private static final String GOLD = "要坚决推进作风学风建设"; // 11 characters

    private static KeyPointScore score(List<GoldKeyPoint> gold, List<String> optional, KeyPoint... predicted) {
        return KeyPointScorer.score(gold, optional, List.of(predicted));
    }

    private static KeyPoint point(String speaker, String text) {
        return new KeyPoint(text, speaker, null);
    }

    @Test
    void lcs() {
        assertThat(KeyPointRule.lcs("ABCBDAB", "BDCABA")).isEqualTo(4);
        assertThat(KeyPointRule.lcs("", "abc")).isZero();
        assertThat(KeyPointRule.lcs(GOLD, "要坚决推进作风建设")).isEqualTo(9);
    }

    @Test
    void ruleBoundariesAreInclusive() {
        assertThat(KeyPointRule.finds(6, 10, 10)).isTrue();   // exactly 60% of the gold held
        assertThat(KeyPointRule.finds(5, 10, 10)).isFalse();
        assertThat(KeyPointRule.finds(3, 3, 10)).isTrue();    // gold exactly 30% of the prediction
        assertThat(KeyPointRule.finds(3, 3, 11)).isFalse();
        assertThat(KeyPointRule.finds(0, 0, 0)).isFalse();
    }

    @Test
    void foundWhenMostCharactersAreHeldInOrder() {
        KeyPointScore s = score(List.of(new GoldKeyPoint("龚堂华", GOLD)), List.of(), point("龚堂华", "要坚决推进作风建设"));
        assertThat(s.points().counts()).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.speaker()).isEqualTo(new ExactCounts(1, 1));
    }

    @Test
    void tooShortIsNotFound() {
        KeyPointScore s = score(List.of(new GoldKeyPoint("龚堂华", GOLD)), List.of(), point("龚堂华", "要坚决推进"));
        assertThat(s.points().counts()).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.points().missed()).containsExactly(GOLD);
        assertThat(s.speaker()).isEqualTo(ExactCounts.ZERO);
    }

    @Test
    void tooLongIsNotFound() {
        String paragraph = GOLD + ",要坚决落实管党治党政治责任,推动保障部系统各级党组织将主体责任落到实处";
        KeyPointScore s = score(List.of(new GoldKeyPoint("龚堂华", GOLD)), List.of(), point("龚堂华", paragraph));
        assertThat(s.points().counts()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void whitespaceAndWidthDoNotCount() {
        KeyPointScore s = score(List.of(new GoldKeyPoint("会议", "一是要加强学习,提高站位")), List.of(),
                point("会议", "一是要加强学习， 提高站位"));
        assertThat(s.points().counts()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void optionalKeyPointsAreNeitherRightNorWrong() {
        String optional = "坚持压紧压实管党治党政治责任";
        KeyPointScore s = score(List.of(new GoldKeyPoint("龚堂华", GOLD)), List.of(optional),
                point("龚堂华", optional), point("龚堂华", "完全无关的一句话而已"));
        assertThat(s.points().counts()).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.points().spurious()).extracting(Spurious::text).containsExactly("完全无关的一句话而已");
    }

    @Test
    void wrongSpeakerIsFoundButMisattributed() {
        KeyPoint predicted = new KeyPoint(GOLD, "王志刚", new Span(10, 21));
        KeyPointScore s = score(List.of(new GoldKeyPoint("龚堂华", GOLD), new GoldKeyPoint(null, "会议决定成立工作专班")),
                List.of(), predicted, point(null, "会议决定成立工作专班"));
        assertThat(s.points().counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(s.speaker()).isEqualTo(new ExactCounts(1, 2));
        assertThat(s.mismatches()).containsExactly(new SpeakerMismatch(GOLD, "龚堂华", "王志刚", new Span(10, 21)));
    }

    @Test
    void onePredictionMayFindTwoGoldPoints() {
        String first = "要提高政治站位牢记国之大者";
        String second = "要强化政治引领坚持党建引领";
        KeyPointScore s = score(List.of(new GoldKeyPoint("王", first), new GoldKeyPoint("王", second)), List.of(),
                point("王", first + second));
        // recall counts both gold points found, precision the one precise prediction
        assertThat(s.points().counts()).isEqualTo(new Counts(2, 0, 0, 1));
        assertThat(s.points().counts().precision()).isEqualTo(1.0);
        assertThat(s.points().counts().recall()).isEqualTo(1.0);
    }

    @Test
    void duplicatePredictionsCountOnce() {
        KeyPointScore s = score(List.of(), List.of(), point("王", "甲乙丙"), point("王", "甲乙 丙"));
        assertThat(s.points().counts()).isEqualTo(new Counts(0, 1, 0));
    }
}
