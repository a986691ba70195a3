package dev.huiyi.tools.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextKeyTest {
    @Test
    void foldsWidthsAndRemovesAllWhitespace() {
        assertThat(TextKey.of("２０２１年 全国\t科技\u3000会议（一）\n")).isEqualTo("2021年全国科技会议(一)");
    }

    @Test
    void keepsQuotesUnlessUnquoted() {
        assertThat(TextKey.of("“两个维护”")).isEqualTo("“两个维护”");
        assertThat(TextKey.unquoted("“两个 维护”")).isEqualTo("两个维护");
        assertThat(TextKey.unquoted("「国之大者」『x』‘y’\"z\"'w'")).isEqualTo("国之大者xyzw");
    }

    @Test
    void nullStaysNull() {
        assertThat(TextKey.of(null)).isNull();
        assertThat(TextKey.unquoted(null)).isNull();
    }
}
