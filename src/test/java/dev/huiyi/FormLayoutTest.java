package dev.huiyi;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Form-layout minutes end to end: the people lines decide who was present, parentheses give titles. */
class FormLayoutTest {
    private static final String MINUTES = """
            青石村2024年第二次村民代表会议记录
            会议时间:2024年4月15日下午
            会议地点:村委会议室
            主持人:蔡永明(村党支部书记、村委会主任)
            记录人:廖晓婷(村文书)
            出席人员:闫志强(村委会副主任)、村民代表韦德明、付桂兰
            列席人员:龙志强(镇人大副主席)
            请假人员:尹宝山(外出务工)
            议题:讨论村庄发展规划。
            """;

    private static Person attendee(MeetingRecord record, String name) {
        return record.attendees().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theLabelsOfThePeopleLinesDecideWhoWasPresent() {
        MeetingRecord record = SharedExtractor.get().extract("minutes", MINUTES);

        assertThat(record.attendees()).extracting(Person::name)
                .containsExactlyInAnyOrder("蔡永明", "闫志强", "韦德明", "付桂兰", "龙志强");
        assertThat(record.hosts()).extracting(Person::name).containsExactly("蔡永明");
        assertThat(attendee(record, "蔡永明").roles()).contains(PersonRole.HOST, PersonRole.ATTENDEE);
    }

    @Test
    void titlesInParenthesesAfterANameAreItsTitlesAsWritten() {
        MeetingRecord record = SharedExtractor.get().extract("minutes", MINUTES);

        assertThat(attendee(record, "蔡永明").titles()).containsExactly("村党支部书记", "村委会主任");
        assertThat(attendee(record, "闫志强").titles()).containsExactly("村委会副主任");
        assertThat(attendee(record, "龙志强").titles()).containsExactly("镇人大副主席");
    }
}
