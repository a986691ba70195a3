package dev.huiyi.resources;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LookBehindReachTest {

    @Test
    void readsTheLongestTextALookBehindMatches() {
        assertThat(LookBehindReach.of("主持会议")).isZero();
        assertThat(LookBehindReach.of("(?<!副)主持")).isEqualTo(1);
        assertThat(LookBehindReach.of("(?<!会议|活动|开会|举办)时间")).isEqualTo(2);
        assertThat(LookBehindReach.of("(?<=会议)(?=(研究并|经研究,?)?(原则)?同意)")).isEqualTo(2);
        // a class or an escape may match a surrogate pair: two chars
        assertThat(LookBehindReach.of("(?<![\\d月])(?<d>\\d{1,2})日")).isEqualTo(2);
        assertThat(LookBehindReach.of("(?<=[局院委])(?<!人大)(负责同志)")).isEqualTo(2);
        assertThat(LookBehindReach.of("(?<=第(?:[一二三]{1,2}|\\d)次)会议")).isEqualTo(1 + 4 + 1);
        assertThat(LookBehindReach.of("^[^。,]{0,30}((?<!会议|活动)时间)\\s*[::]")).isEqualTo(2);
        assertThat(LookBehindReach.of("(?<=a(?<!b)c?)x")).isEqualTo(2);
    }

    @Test
    void givesUpOnWhatItCannotReadWithCertainty() {
        assertThat(LookBehindReach.of("(?<=a+)b")).isEqualTo(LookBehindReach.UNKNOWN);
        assertThat(LookBehindReach.of("(a)(?<=\\1)b")).isEqualTo(LookBehindReach.UNKNOWN);
        assertThat(LookBehindReach.of("(?i)(?<=ab)c")).isEqualTo(LookBehindReach.UNKNOWN);
        assertThat(LookBehindReach.of("(?<=\\Qa)\\E)b")).isEqualTo(LookBehindReach.UNKNOWN);
        assertThat(LookBehindReach.of("(?<=ab")).isEqualTo(LookBehindReach.UNKNOWN);
    }

    @Test
    void aSearchThatStartsTheReachBeforeTheFirstPossibleStartSeesWhatTheFullSearchSees() {
        // 副主持: with the search begun at 主持 the look-behind would not see 副 and would match there
        ScanPattern scan = ScanPattern.of(Pattern.compile("(?<!副)主持"));
        String text = "x".repeat(50) + "副主持人" + "x".repeat(50) + "主持会议";
        Matcher m = scan.matcher(text);
        assertThat(scan.find(m, text, 0, text.length())).isTrue();
        assertThat(m.start()).isEqualTo(text.lastIndexOf("主持"));
    }
}
