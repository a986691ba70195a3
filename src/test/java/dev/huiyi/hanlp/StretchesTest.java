package dev.huiyi.hanlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StretchesTest {
    @Test
    void aTextWithinTheLimitIsOneStretch() {
        assertThat(Stretches.endOf("会议召开。", 0, 100)).isEqualTo(5);
    }

    @Test
    void aLongTextIsCutAfterALineEndBeforeASentenceEnd() {
        String text = "甲".repeat(60) + "。" + "乙".repeat(10) + "\n" + "丙".repeat(10) + "。" + "丁".repeat(50);
        assertThat(Stretches.endOf(text, 0, 100)).isEqualTo(72); // just after \n, though a 。 comes later
    }

    @Test
    void aTextWithoutAnyMarkIsCutAtTheLimitAndStretchesCoverItAll() {
        String text = "、".repeat(10) + "甲".repeat(250);
        int covered = 0;
        int stretches = 0;
        while (covered < text.length()) {
            int end = Stretches.endOf(text, covered, 100);
            assertThat(end).isGreaterThan(covered).isLessThanOrEqualTo(covered + 100);
            covered = end;
            stretches++;
        }
        assertThat(covered).isEqualTo(text.length());
        assertThat(stretches).isEqualTo(3);
    }

    @Test
    void segmentationOfALongTextKeepsOffsetsAcrossStretches() {
        String sentence = "市委书记李明主持会议并讲话。\n";
        String text = sentence.repeat(HanlpSegmenter.MAX_STRETCH / sentence.length() * 3);
        var tokens = dev.huiyi.SharedExtractor.get().extract(dev.huiyi.api.Source.ofText("t.txt", text)).record();
        assertThat(tokens.hosts()).extracting(p -> p.name()).containsExactly("李明");
        assertThat(tokens.hosts().get(0).mentions()).hasSizeGreaterThan(3)
                .allSatisfy(span -> assertThat(text.substring(span.start(), span.end())).isEqualTo("李明"));
    }
}
