package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import static dev.huiyi.tools.eval.Prediction.gold;
import static dev.huiyi.tools.eval.Prediction.prediction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportScorerTest {
    private static ReportScore score(GoldRecord gold, MeetingRecord predicted) {
        return ReportScorer.score("r.txt", gold, predicted);
    }

    @Test
    void emptyGoldAndEmptyPredictionArePerfect() {
        ReportScore s = score(gold("{}"), prediction().build());
        for (Metric metric : Metric.values()) {
            Counts c = s.counts(metric);
            assertThat(c.precision()).as(metric.key()).isEqualTo(1.0);
            assertThat(c.recall()).as(metric.key()).isEqualTo(1.0);
            assertThat(c.f1()).as(metric.key()).isEqualTo(1.0);
        }
        assertThat(s.exact().values()).allMatch(ExactResult::matched);
        assertThat(s.perfect()).isTrue();
    }

    @Test
    void attendeeNamesDedupeAndIgnoreWhitespace() {
        GoldRecord g = gold("""
                {"attendees": [{"name": "王志刚"}, {"name": "李萌"}]}""");
        ReportScore s = score(g, prediction().attendee("王志刚").attendee("王 志刚").attendeeAt("张三", 5, 7).build());
        assertThat(s.counts(Metric.ATTENDEES)).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.metrics().get(Metric.ATTENDEES).missed()).containsExactly("李萌");
        assertThat(s.metrics().get(Metric.ATTENDEES).spurious()).extracting(Spurious::text, Spurious::span)
                .containsExactly(tuple("张三", new Span(5, 7)));
    }

    @Test
    void hostsAndSpeakersAreScoredByName() {
        GoldRecord g = gold("""
                {"hosts": [{"name": "李萌"}], "speakers": [{"name": "王志刚", "speechType": "讲话"}]}""");
        ReportScore s = score(g, prediction().host("李萌").speaker("王志刚", "致辞").speaker("李萌", "讲话").build());
        assertThat(s.counts(Metric.HOSTS)).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.counts(Metric.SPEAKERS)).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void speechTypeMatchesWhenOneEndsWithTheOther() {
        GoldRecord g = gold("""
                {"speakers": [
                  {"name": "王志刚", "speechType": "讲话"},
                  {"name": "龚堂华", "speechType": "专题报告"},
                  {"name": "李萌", "speechType": "工作报告"}]}""");
        ReportScore s = score(g, prediction()
                .speaker("王志刚", "重要讲话")
                .speaker("龚堂华", "报告")
                .speaker("李萌", "致辞").build());
        assertThat(s.counts(Metric.SPEAKER_SPEECH_TYPE)).isEqualTo(new Counts(2, 1, 1));
        assertThat(s.metrics().get(Metric.SPEAKER_SPEECH_TYPE).missed()).containsExactly("李萌 / 工作报告");
    }

    @Test
    void absentSpeechTypeOnlyMatchesAbsent() {
        assertThat(PersonScorer.speechTypeMatches(null, null)).isTrue();
        assertThat(PersonScorer.speechTypeMatches(null, "讲话")).isFalse();
        assertThat(PersonScorer.speechTypeMatches("讲话", null)).isFalse();
        assertThat(PersonScorer.speechTypeMatches("讲话", "讲话")).isTrue();
        assertThat(PersonScorer.speechTypeMatches("讲话", "报告")).isFalse();
    }

    @Test
    void personTitlesArePairsOverAllListsWithOptionalTitles() {
        GoldRecord g = gold("""
                {"attendees": [{"name": "王志刚", "titles": ["部党组书记", "部长"]},
                               {"name": "李萌", "titles": ["副部长"], "optionalTitles": ["机关党委书记"]}],
                 "speakers": [{"name": "王志刚", "titles": ["部党组书记", "部长"], "speechType": "讲话"}],
                 "hosts": [{"name": "李萌", "titles": ["副部长"]}]}""");
        ReportScore s = score(g, prediction()
                .attendee("王志刚", "部党组书记", "部长")
                .speaker("王志刚", "讲话", "部长")
                .host("李萌", "副部长", "机关党委书记", "部长").build());
        // gold pairs: 王志刚/部党组书记, 王志刚/部长, 李萌/副部长; 李萌/机关党委书记 optional; 李萌/部长 wrong
        assertThat(s.counts(Metric.PERSON_TITLES)).isEqualTo(new Counts(3, 1, 0));
        assertThat(s.metrics().get(Metric.PERSON_TITLES).spurious()).extracting(Spurious::text)
                .containsExactly("李萌: 部长");
    }

    @Test
    void titleOnAnotherPersonIsWrong() {
        GoldRecord g = gold("""
                {"attendees": [{"name": "甲", "titles": ["部长"]}, {"name": "乙"}]}""");
        ReportScore s = score(g, prediction().attendee("甲").attendee("乙", "部长").build());
        assertThat(s.counts(Metric.PERSON_TITLES)).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void unitsUseAliasesOptionalEntriesAndIgnoreQuotes() {
        GoldRecord g = gold("""
                {"participatingUnits": [["科技部战略规划司", "战略规划司"], "北京市科委", "“一带一路”研究院"],
                 "optionalUnits": ["机关纪委"]}""");
        ReportScore s = score(g, prediction()
                .unit("战略规划司").unit("一带一路研究院").unit("机关纪委").unitAt("部机关", 40, 43).build());
        FieldScore units = s.metrics().get(Metric.PARTICIPATING_UNITS);
        assertThat(units.counts()).isEqualTo(new Counts(2, 1, 1));
        assertThat(units.missed()).containsExactly("北京市科委");
        assertThat(units.spurious()).containsExactly(new Spurious("部机关", new Span(40, 43)));
    }

    @Test
    void anOptionalOrganizerIsAnOptionalUnitToo() {
        // organisers also appear among the units: one a reader could leave out costs no unit precision either
        GoldRecord g = gold("""
                {"participatingUnits": ["市台办"], "optionalOrganizers": ["广州市"]}""");
        ReportScore s = score(g, prediction().unit("市台办").unit("广州市").unitAt("市侨办", 20, 23).build());
        assertThat(s.counts(Metric.PARTICIPATING_UNITS)).isEqualTo(new Counts(1, 1, 0));
        assertThat(s.metrics().get(Metric.PARTICIPATING_UNITS).spurious())
                .containsExactly(new Spurious("市侨办", new Span(20, 23)));
    }

    @Test
    void slogansAndOrganizers() {
        GoldRecord g = gold("""
                {"slogans": ["两个维护", "四个意识"], "optionalSlogans": ["七一"],
                 "organizers": ["科技部"], "optionalOrganizers": ["科技部党组"]}""");
        ReportScore s = score(g, prediction()
                .slogan("“两个维护”").slogan("七一").slogan("十四五")
                .organizer("科技部").organizer("科技部党组").build());
        assertThat(s.counts(Metric.SLOGANS)).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.counts(Metric.ORGANIZERS)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void exactFieldsMatchAfterNormalisation() {
        GoldRecord g = gold("""
                {"title": "科技部召开2021年座谈会", "meetingName": ["2021年“党建”座谈会", "座谈会"],
                 "publishedAt": "2021-12-06T15:11", "meetingDate": "2021-11-29", "mode": "VIDEO"}""");
        ReportScore s = score(g, prediction()
                .title("科技部召开２０２１年 座谈会").meetingName("2021年党建座谈会")
                .publishedAt("2021-12-06T15:11").date("2021-11-29", null).mode(MeetingMode.VIDEO).build());
        assertThat(s.exact().values()).allMatch(ExactResult::matched);
    }

    @Test
    void exactFieldMismatches() {
        GoldRecord g = gold("""
                {"title": "甲", "meetingName": "乙会议", "publishedAt": "2021-12-06",
                 "meetingDate": "2021-11-29", "mode": "VIDEO", "location": "京西宾馆"}""");
        ReportScore s = score(g, prediction()
                .title("丙").meetingName("乙").publishedAt("2021-12-06T15:11")
                .date("2021-11-30", null).mode(MeetingMode.IN_PERSON).location("北京").build());
        assertThat(s.exact().values()).noneMatch(ExactResult::matched);
        assertThat(s.exact().get(ExactField.MEETING_DATE))
                .isEqualTo(new ExactResult(false, "2021-11-29", "2021-11-30"));
        assertThat(s.exact().get(ExactField.LOCATION)).isEqualTo(new ExactResult(false, "京西宾馆", "北京"));
    }

    @Test
    void dateRanges() {
        GoldRecord range = gold("{\"meetingDate\": \"2021-11-29/2021-11-30\"}");
        GoldRecord single = gold("{\"meetingDate\": \"2021-11-29\"}");
        assertThat(dateMatches(range, prediction().date("2021-11-29", "2021-11-30"))).isTrue();
        assertThat(dateMatches(range, prediction().date("2021-11-29", null))).isFalse();
        assertThat(dateMatches(range, prediction().date("2021-11-29", "2021-12-01"))).isFalse();
        assertThat(dateMatches(single, prediction().date("2021-11-29", "2021-11-30"))).isFalse();
        assertThat(dateMatches(single, prediction().date("2021-11-29", "2021-11-29"))).isTrue();
        assertThat(dateMatches(single, prediction())).isFalse();
        assertThat(dateMatches(gold("{}"), prediction().date("2021-11-29", null))).isFalse();
    }

    private static boolean dateMatches(GoldRecord gold, Prediction prediction) {
        return score(gold, prediction.build()).exact().get(ExactField.MEETING_DATE).matched();
    }

    @Test
    void nullScalarsMatchOnlyNull() {
        ReportScore s = score(gold("{\"title\": null, \"mode\": null}"), prediction().title("甲").build());
        assertThat(s.exact().get(ExactField.TITLE).matched()).isFalse();
        assertThat(s.exact().get(ExactField.MODE).matched()).isTrue();
        assertThat(s.exact().get(ExactField.MEETING_NAME).matched()).isTrue();
    }

    @Test
    void failedExtractionMissesAllGold() {
        GoldRecord g = gold("""
                {"attendees": [{"name": "王志刚"}], "slogans": ["两个维护"],
                 "keyPoints": [{"speaker": "王志刚", "text": "要提高政治站位"}], "mode": null}""");
        ReportScore s = ReportScorer.failed("r.txt", g, "boom");
        assertThat(s.failed()).isTrue();
        assertThat(s.counts(Metric.ATTENDEES)).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.counts(Metric.SLOGANS)).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.counts(Metric.KEY_POINTS)).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.exact().values()).noneMatch(ExactResult::matched);
        assertThat(s.perfect()).isFalse();
    }

    @Test
    void keyPointsAreScoredWithSpeakers() {
        GoldRecord g = gold("""
                {"keyPoints": [{"speaker": "王志刚", "text": "要提高政治站位,牢记国之大者"}],
                 "optionalKeyPoints": ["坚持压紧压实管党治党政治责任"]}""");
        ReportScore s = score(g, prediction()
                .keyPoint("李萌", "要提高政治站位,牢记“国之大者”")
                .keyPoint(null, "坚持压紧压实管党治党政治责任").build());
        assertThat(s.counts(Metric.KEY_POINTS)).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.keyPointSpeaker()).isEqualTo(new ExactCounts(0, 1));
    }
}
