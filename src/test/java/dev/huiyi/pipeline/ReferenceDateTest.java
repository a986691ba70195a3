package dev.huiyi.pipeline;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a month-day without a year takes its year from (RecognizeStage's reference date). */
class ReferenceDateTest {
    private static final String BULLETIN = """
            竹山县人大常委会简报
            第 17 期(2007 年 8 月 24 日编印)
            县十六届人大常委会第五次会议举行
            8 月 23 日,县十六届人大常委会第五次会议在县人大常委会机关三楼会议室举行。
            """;

    @Test
    void withNoDateLineAMonthDayTakesTheYearOfTheReportsFirstFullDate() {
        MeetingRecord record = SharedExtractor.get().extract("bulletin", BULLETIN);

        assertThat(record.publishedAt()).isNull();
        assertThat(record.meetingDate().start()).isEqualTo(LocalDate.of(2007, 8, 23));
        assertThat(record.meetingDate().text()).isEqualTo("8 月 23 日");
    }

    @Test
    void theCallersDateComesBeforeTheReportsFirstFullDate() {
        MeetingExtractor extractor = MeetingExtractor.builder().referenceDate(LocalDate.of(2009, 1, 5)).build();

        assertThat(extractor.extract("bulletin", BULLETIN).meetingDate().start()).isEqualTo(LocalDate.of(2008, 8, 23));
    }

    @Test
    void aDateLineComesFirst() {
        String report = "发布时间:2011-06-30 10:00\n" + BULLETIN;

        assertThat(SharedExtractor.get().extract("bulletin", report).meetingDate().start())
                .isEqualTo(LocalDate.of(2010, 8, 23)); // the past of the date line
    }
}
