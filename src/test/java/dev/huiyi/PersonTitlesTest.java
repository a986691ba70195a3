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
    void aShortNoteBetweenAPostAndTheNameIsPartOfTheTitleAsWritten() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "1月20日,学院召开第一届教职工代表大会第三次会议。会议由学院党委副书记(主持党委工作)萨仁高娃主持。");

        assertThat(attendee(record, "萨仁高娃").titles()).containsExactly("学院党委副书记(主持党委工作)");
        assertThat(record.hosts()).extracting(p -> p.name()).containsExactly("萨仁高娃");
    }

    @Test
    void aNoteThatAPostHoldsTheWorkOfTheOfficeIsNoOneHostingTheMeeting() {
        MeetingRecord record = SharedExtractor.get().extract("t", "7月3日,商会成立大会在上海举行。市委统战部副部长喻霄汉,"
                + "区委书记宗向民,办事处副主任(主持工作)解东出席会议并讲话。");

        assertThat(record.hosts()).isEmpty();
        assertThat(record.speakers()).extracting(p -> p.name()).containsExactly("喻霄汉", "宗向民", "解东");
        assertThat(attendee(record, "解东").titles()).containsExactly("办事处副主任(主持工作)");
    }

    @Test
    void aPostAfterTheFirstNameOfAListNeitherEndsTheListNorCrossesTheCommaBeforeIt() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月26日,学会召开常务理事会。名誉理事长阚国藩院士,副理事长游政院士、符小唐、邬朋出席会议。");

        assertThat(attendee(record, "游政").titles()).containsExactly("副理事长", "院士");
        assertThat(attendee(record, "符小唐").titles()).containsExactly("副理事长");
        assertThat(attendee(record, "邬朋").titles()).containsExactly("副理事长");
    }

    @Test
    void aPostMadeByTheGrammarIsATitle() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,市水文站召开工作会议。常务副站长王建华主持会议。");

        assertThat(attendee(record, "王建华").titles()).containsExactly("常务副站长");
    }

    @Test
    void aLabelAfter等IsATitleOfEveryTitledNameOfACommaList() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,学院召开第三届教职工代表大会。党委书记何立群,院长邵景川,副书记罗文斌、宋怡,"
                        + "院长助理孔繁宇等主席团成员在主席台就座。");

        assertThat(attendee(record, "何立群").titles()).containsExactly("党委书记", "主席团成员");
        assertThat(attendee(record, "宋怡").titles()).containsExactly("副书记", "主席团成员");
        assertThat(attendee(record, "孔繁宇").titles()).containsExactly("院长助理", "主席团成员");
    }

    @Test
    void aLabelAfter等ThatThePostsDoNotHoldIsReadFromTheText() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "6月23日,江苏省工商联举办座谈会。省人大常委会副主任、省工商联主席钮昌泽,省工商联党组成员、秘书长"
                        + "上官志诚等省工商联领导出席活动。缪智武、项慧、钟文多等县四套班子领导出席会议。");

        assertThat(attendee(record, "钮昌泽").titles())
                .containsExactly("省人大常委会副主任", "省工商联主席", "省工商联领导");
        assertThat(attendee(record, "上官志诚").titles()).containsExactly("省工商联党组成员", "秘书长", "省工商联领导");
        assertThat(attendee(record, "项慧").titles()).containsExactly("县四套班子领导");
    }

    @Test
    void aLabelAfter等ThatEndsATitleTheNameHoldsAddsNothingNew() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "4月9日,实验室学术委员会会议在我校召开。学术委员会委员、中国工程院院士卢焕章、包启武,"
                        + "美国国家工程院院士桑承恩,省科技厅副厅长俞耕出席会议。卢焕章、包启武、桑承恩等院士对实验室的"
                        + "建设成效给予充分肯定。");

        assertThat(attendee(record, "卢焕章").titles()).containsExactly("学术委员会委员", "中国工程院院士");
        assertThat(attendee(record, "桑承恩").titles()).containsExactly("美国国家工程院院士");
    }

    @Test
    void aLabelOfPeopleInGeneralOrOfAShareOfThemAfter等IsNoTitle() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "7月1日,集团召开半年工作会议。虞元豪、虞经纬等高层领导出席会议。驻郑部队政委禹国强等驻郑部队有关领导参加会议。");

        assertThat(attendee(record, "虞经纬").titles()).isEmpty();
        assertThat(attendee(record, "禹国强").titles()).containsExactly("驻郑部队政委");
    }

    @Test
    void aLabelEndingIn领导BeforeANameIsATitleOfTheListItOpens() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月2日,中原油田召开党建工作领导小组会议。油田领导郜庆林、蔺东海、汪飞出席会议。"
                        + "街道办副主任、网格中心分管领导冼汉卿,市农业农村局甘晓东副局长、市科协正局级领导时伯东参加会议。");

        assertThat(attendee(record, "郜庆林").titles()).containsExactly("油田领导");
        assertThat(attendee(record, "汪飞").titles()).containsExactly("油田领导");
        assertThat(attendee(record, "冼汉卿").titles()).containsExactly("街道办副主任", "网格中心分管领导");
        assertThat(attendee(record, "时伯东").titles()).containsExactly("市科协正局级领导");
    }

    @Test
    void aCommaListEndsAtAnItemWithoutATitle() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,市人大常委会召开座谈会。张立新主持,副主任罗文斌、宋怡等常委会领导出席会议。");

        assertThat(attendee(record, "宋怡").titles()).contains("常委会领导");
        assertThat(attendee(record, "张立新").titles()).doesNotContain("常委会领导");
    }

    @Test
    void aPostAfterACountOfPeopleIsATitleOfEveryName() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,学院召开座谈会。谭锦川、李凝、陆婉秋三位副主任依次发言,冀照胜、阎娟玲等12名委员参加评议。");

        assertThat(attendee(record, "谭锦川").titles()).containsExactly("副主任");
        assertThat(attendee(record, "陆婉秋").titles()).containsExactly("副主任");
        assertThat(attendee(record, "阎娟玲").titles()).doesNotContain("委员"); // members counted, not a post
    }

    @Test
    void aLabelBeforeAColonListIsATitleOfEveryName() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,中国共产党遵义市第七次代表大会闭幕。在主席台前排就座的大会主席团常务委员有:贺建军、潘立新、万云峰。");

        assertThat(attendee(record, "潘立新").titles()).containsExactly("大会主席团常务委员");
        assertThat(attendee(record, "万云峰").titles()).containsExactly("大会主席团常务委员");
    }

    @Test
    void aLabelBefore有WithoutAColonIsATitleOfEveryName() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,商会召开会长办公会。参加会议的副会长有冯锐、张春健、李明华。");

        assertThat(attendee(record, "冯锐").titles()).containsExactly("副会长");
        assertThat(attendee(record, "李明华").titles()).containsExactly("副会长");
    }

    @Test
    void theLastItemOfALabelledListMayFollow和() {
        MeetingRecord withComma = SharedExtractor.get().extract("t",
                "3月5日,县工经联召开会议。县领导张志英、张玉社、和张保根出席会议。");
        MeetingRecord without = SharedExtractor.get().extract("t",
                "3月5日,县工经联召开会议。县领导张志英、张玉社和张保根出席会议。");

        assertThat(attendee(withComma, "张保根").titles()).containsExactly("县领导");
        assertThat(attendee(without, "张保根").titles()).containsExactly("县领导");
    }

    @Test
    void aNameWithItsOwnTitleAfter和KeepsOnlyItsOwn() {
        MeetingRecord record = SharedExtractor.get().extract("t",
                "3月5日,县政府召开会议。县委书记张志英和县长张保根出席会议。");

        assertThat(attendee(record, "张保根").titles()).containsExactly("县长");
    }
}
