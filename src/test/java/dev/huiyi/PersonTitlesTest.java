package dev.huiyi;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles attached to people, end to end: the chain before a name, and the post grammar. */
class PersonTitlesTest {
    private static Person attendee(MeetingRecord record, String name) {
        return record.attendees().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void titlesBeforeANameJoinedByACommaAsWellAsByAnEnumerationComma() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,交通运输部召开群众评议大会。部党组书记、部长,部领导小组组长黎盛华出席会议并讲话。");

        assertThat(attendee(record, "黎盛华").titles()).containsExactly("部党组书记", "部长", "部领导小组组长");
    }

    @Test
    void aPostMadeByTheGrammarIsATitle() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,市水文站召开工作会议。常务副站长王建华主持会议。");

        assertThat(attendee(record, "王建华").titles()).containsExactly("常务副站长");
    }
}
