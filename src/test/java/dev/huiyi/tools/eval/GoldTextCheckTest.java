package dev.huiyi.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldTextCheckTest {
    private static final String TEXT = "县政府召开第十二次常务会议\n县长王建国主持会议。会议强调，要落实“两个确立”。";

    private static List<GoldTextCheck.Miss> check(String json, String text, String page) {
        GoldRecord gold = GoldReader.parse(json, "test.gold.json");
        return GoldTextCheck.check(gold, text, page);
    }

    @Test
    void stringsThatOccurPassWhateverTheirWidthSpacingOrQuotes() {
        String gold = """
                {"title": "县政府召开第十二次常务会议", "meetingName": "第十二次常务会议",
                 "hosts": [{"name": "王 建国", "titles": ["县长"]}],
                 "slogans": ["两个确立"], "organizers": [["县政府", "某某县人民政府"]],
                 "keyPoints": [{"speaker": "会议", "text": "要落实「两个确立」"}]}""";

        assertThat(check(gold, TEXT, TEXT)).isEmpty();
    }

    @Test
    void aTypoInANameATitleOrAKeyPointIsReportedWithItsPath() {
        String gold = """
                {"hosts": [{"name": "王建图", "titles": ["县长"]}],
                 "attendees": [{"name": "王建国", "titles": ["县委书记"]}],
                 "keyPoints": [{"speaker": "会议", "text": "要全面落实两个确立"}]}""";

        assertThat(check(gold, TEXT, TEXT)).extracting(GoldTextCheck.Miss::field)
                .containsExactly("hosts[0].name", "attendees[0].titles[0]", "keyPoints[0].text");
    }

    @Test
    void anAliasListFailsOnlyWhenNoAliasOccurs() {
        String gold = """
                {"participatingUnits": [["某某县人民政府", "县人民政府"]]}""";

        assertThat(check(gold, TEXT, TEXT)).singleElement()
                .extracting(GoldTextCheck.Miss::field).isEqualTo("participatingUnits[0]");
    }

    @Test
    void unitsMayComeFromThePageChromeButKeyPointsMayNot() {
        String page = "西岭大学新闻网 > 综合新闻\n" + TEXT;
        String gold = """
                {"organizers": [["学校", "西岭大学"]], "participatingUnits": ["西岭大学"],
                 "keyPoints": [{"speaker": "会议", "text": "西岭大学新闻网"}]}""";

        assertThat(check(gold, TEXT, page)).extracting(GoldTextCheck.Miss::field)
                .containsExactly("keyPoints[0].text");
    }
}
