package dev.huiyi.text;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMaskTest {
    private static String marked(String text) {
        BitSet mask = QuoteMask.of(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(mask.get(i) ? '^' : '.');
        }
        return out.toString();
    }

    @Test
    void marksTheOpeningMarkAndTheInsideOfClosedQuotesAndTitles() {
        assertThat(marked("学习“两山”理念和《条例》")).isEqualTo("..^^^....^^^.");
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfItsLineMarksNothing() {
        // a reversed pair: ” closes nothing, “ opens a quote that never closes on its line
        assertThat(marked("召开”主题“座谈会。书记张三讲话")).isEqualTo(".".repeat(16));
        assertThat(marked("甲“乙\n丙“丁”")).isEqualTo(".....^^.");
    }

    @Test
    void anUnclosedQuoteAfterAClosedOneKeepsTheClosedOne() {
        assertThat(marked("“甲”乙“丙")).isEqualTo("^^....");
    }
}
