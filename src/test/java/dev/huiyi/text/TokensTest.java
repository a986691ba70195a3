package dev.huiyi.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Words read back as added, whether they tile the text (ends not stored) or leave gaps (ends stored from then on). */
class TokensTest {
    @Test
    void wordsThatTileTheTextKeepNoEnds() {
        String text = "张三、李四出席";
        Tokens t = new Tokens.Builder(text).add(0, 2, "nr").add(2, 3, "w").add(3, 5, "nr").add(5, 7, "v").build();
        assertThat(t.storesEnds()).isFalse();
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.text(0)).isEqualTo("张三");
        assertThat(t.end(2)).isEqualTo(5);
        assertThat(t.end(3)).isEqualTo(7);
        assertThat(t.pos(1)).isEqualTo("w");
        assertThat(t.startingAt(3)).isEqualTo(2);
    }

    @Test
    void aGapOrAnOverlapAfterThousandsOfWordsKeepsEveryEnd() {
        int words = 10_000; // past two blocks of 4,096
        String text = "会".repeat(2 * words + 10);
        Tokens.Builder b = new Tokens.Builder(text);
        for (int i = 0; i < words; i++) {
            b.add(i, i + 1, i % 2 == 0 ? "n" : "v");
        }
        b.add(words + 3, words + 5, "x"); // a gap of three characters
        b.add(words + 4, words + 6, "y"); // an overlap
        Tokens t = b.build();
        assertThat(t.storesEnds()).isTrue();
        assertThat(t.size()).isEqualTo(words + 2);
        for (int i = 0; i < words; i++) {
            assertThat(t.start(i)).isEqualTo(i);
            assertThat(t.end(i)).isEqualTo(i + 1);
        }
        assertThat(t.end(words - 1)).isEqualTo(words);
        assertThat(t.end(words)).isEqualTo(words + 5);
        assertThat(t.end(words + 1)).isEqualTo(words + 6);
        assertThat(t.pos(words + 1)).isEqualTo("y");
    }

    @Test
    void anEmptyTextHasNoWords() {
        Tokens t = new Tokens.Builder("").build();
        assertThat(t.size()).isZero();
        assertThat(t.firstStartingAtOrAfter(0)).isZero();
    }
}
