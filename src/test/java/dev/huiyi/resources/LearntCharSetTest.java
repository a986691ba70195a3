package dev.huiyi.resources;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LearntCharSetTest {
    @Test
    void asksItsRuleOncePerCharacterAndRemembersTheAnswer() {
        AtomicInteger asked = new AtomicInteger();
        LearntCharSet digits = new LearntCharSet(c -> {
            asked.incrementAndGet();
            return c >= '0' && c <= '9';
        });
        assertThat(digits.contains('7')).isTrue();
        assertThat(digits.contains('月')).isFalse();
        assertThat(digits.contains('7')).isTrue();
        assertThat(digits.contains('月')).isFalse();
        assertThat(digits.contains('\uffff')).isFalse();
        assertThat(asked).hasValue(3);
    }
}
