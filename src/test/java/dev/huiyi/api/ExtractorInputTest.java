package dev.huiyi.api;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is a clear InputException; a text that is not a meeting report is a record with a warning. */
class ExtractorInputTest {

    @Test
    void emptyInputIsRejected() {
        assertThatThrownBy(() -> SharedExtractor.get().extract(Source.ofBytes("e.txt", new byte[0])))
                .isInstanceOf(InputException.class).hasMessageContaining("empty");
    }

    @Test
    void undecodableBytesAreRejected() {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41, 0x00, (byte) 0xD8};
        assertThatThrownBy(() -> SharedExtractor.get().extract(Source.ofBytes("j.txt", new byte[]{(byte) 0x80, 0, 1, 2})))
                .isInstanceOf(InputException.class);
        assertThat(junk).isNotEmpty();
    }

    @Test
    void oversizedInputIsRejectedWithTheCap() {
        MeetingExtractor small = MeetingExtractor.builder().maxBytes(100).build();
        byte[] big = "会议".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.extract(Source.ofBytes("big.txt", big)))
                .isInstanceOf(InputException.class).hasMessageContaining("size cap of 100");
    }

    @Test
    void aNonReportGetsAWarningAndEmptyLists() {
        MeetingRecord r = SharedExtractor.get().extract("s.txt",
                "全省青少年篮球锦标赛落幕\n发布时间:2023-08-02 10:00\n经过五天激烈角逐,杭州队以86比79战胜宁波队,夺得男子组冠军。");
        assertThat(r.warnings()).contains("not a meeting report");
        assertThat(r.title()).isEqualTo("全省青少年篮球锦标赛落幕");
        assertThat(r.publishedAt()).hasToString("2023-08-02T10:00");
        assertThat(r.attendees()).isEmpty();
        assertThat(r.meetingName()).isNull();
    }
}
