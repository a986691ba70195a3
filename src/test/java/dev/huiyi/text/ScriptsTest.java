package dev.huiyi.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {
    @Test
    void agreesWithTheJdkOnEveryBmpCharacter() {
        int han = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (Scripts.isHan((char) c) != jdk) {
                assertThat(Scripts.isHan((char) c)).as("U+%04X", c).isEqualTo(jdk);
            }
            han += jdk ? 1 : 0;
        }
        assertThat(han).isGreaterThan(20_000);
    }
}
