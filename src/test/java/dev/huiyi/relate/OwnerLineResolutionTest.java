package dev.huiyi.relate;

import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Source;
import dev.huiyi.api.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self-reference (公司召开…, 学院召开…) resolves to the name the page gives only in its owner line (版权所有:,
 * Copyright ©): that line is chrome, dropped from the text, so the examples files (which hold normalised text) cannot
 * show it.
 */
class OwnerLineResolutionTest {
    private static MeetingRecord extract(String page) {
        return SharedExtractor.get().extract(Source.ofText("owner", page)).record();
    }

    private static MeetingRecord extractHtml(String page) {
        byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return SharedExtractor.get().extract(Source.ofBytes("owner", bytes, java.nio.charset.StandardCharsets.UTF_8,
                dev.huiyi.api.SourceFormat.HTML)).record();
    }

    private static java.util.List<String> organisers(MeetingRecord r) {
        return r.organizers().stream().map(Unit::name).toList();
    }

    @Test
    void copyrightLineNamesTheCompanyAndBeatsADescriptionInRunningText() {
        MeetingRecord r = extract("公司召开安全生产工作会议\n3月15日,公司召开安全生产工作会议。会议要求,全面提升公司项目管理水平,"
                + "建设具有全产业链服务能力的现代工程公司。\nCopyright © 2024 西岭路桥工程有限公司 All Rights Reserved");
        assertThat(organisers(r)).containsExactly("西岭路桥工程有限公司");
        assertThat(r.organizers().get(0).mentions()).allSatisfy(s -> assertThat(s.end() - s.start()).isEqualTo(2));
    }

    @Test
    void ownerLineIsReadToTheLongestHeadAndLosesThePartysPrefix() {
        MeetingRecord group = extract("集团召开重点项目推进会\n9月27日,集团召开重点项目推进会。\n版权所有:港湾建设控股集团有限公司 地址:港湾市滨江路8号");
        assertThat(organisers(group)).containsExactly("港湾建设控股集团有限公司");
        MeetingRecord college = extract("学院召开党政联席会议\n5月16日下午,学院召开2023年第9次党政联席会议。\n"
                + "版权所有 © 中共江南理工大学材料科学与工程学院委员会");
        assertThat(organisers(college)).containsExactly("江南理工大学材料科学与工程学院");
    }

    @Test
    void anOwnerLineWhoseNameHasAnotherHeadLeavesTheSelfReferenceAsWritten() {
        MeetingRecord r = extract("学校召开教代会\n3月7日,学校召开第五届教职工代表大会。\n版权所有:江州日报社 技术支持:江州网络科技有限公司");
        assertThat(organisers(r)).containsExactly("学校");
    }

    @Test
    void anHtmlFooterNamesTheCompanyThoughItIsNoTextOfTheReport() {
        String page = "<html><body><h1>公司召开2024年安全生产工作会</h1><p>3月5日,公司召开2024年安全生产工作会。"
                + "湖州分公司、嘉兴分公司主要负责人先后作表态发言。</p>"
                + "<footer>Copyright © 2024 浙江恒元测绘地理信息有限公司 版权所有</footer></body></html>";
        assertThat(organisers(extractHtml(page))).containsExactly("浙江恒元测绘地理信息有限公司");
    }

    @Test
    void aBranchOrAUnitInParenthesesIsNotThePageTheSelfReferenceStandsFor() {
        MeetingRecord company = extract("公司召开安全生产工作会\n3月5日,公司召开安全生产工作会。湖州分公司、嘉兴分公司负责人先后作表态发言。");
        assertThat(organisers(company)).containsExactly("公司");
        MeetingRecord college = extract("学校召开校长办公会\n3月7日下午,学校召开第十一次校长办公会。会议学习了在中央党校(国家行政学院)"
                + "中青年干部培训班开班式上的重要讲话。");
        assertThat(organisers(college)).containsExactly("学校");
    }

    @Test
    void aHeadInsideTheNamesAsideDoesNotCutIt() {
        MeetingRecord group = extract("上海江湾公用事业(集团)股份有限公司\n集团召开中期工作会议\n7月21日,集团召开各子公司中期工作会议。");
        assertThat(organisers(group)).containsExactly("上海江湾公用事业(集团)股份有限公司");
        MeetingRecord college = extract("版权所有:江州软件工程职业学院(江州开放大学)\n学校召开退休教职工迎新座谈会\n"
                + "1月10日,学校召开退休教职工迎新座谈会。");
        assertThat(organisers(college)).containsExactly("江州软件工程职业学院");
    }
}
