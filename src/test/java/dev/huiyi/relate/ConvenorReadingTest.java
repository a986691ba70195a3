package dev.huiyi.relate;

import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clause's subject read as a convenor ends before words no unit's name holds (unit/stops.tsv): the examples files
 * mark a unit's first mention only, and the organiser this page gets instead is first mentioned as a bare 公司.
 */
class ConvenorReadingTest {
    @Test
    void aTimeWordAndAVerbOfArrivingAreNoPartOfAConvenor() {
        MeetingRecord r = SharedExtractor.get().extract("t", "集团党委第四巡察组巡察公司工作动员会召开\n"
                + "根据集团党委统一部署,集团党委第四巡察组近日进驻公司开展巡察。4月26日下午,动员会在公司七楼会议室召开。");
        assertThat(r.organizers().stream().map(Unit::name)).noneMatch(n -> n.contains("近日") || n.contains("进驻"));
    }

    @Test
    void anHonourWonIsNoPartOfTheUnitThatWonIt() {
        MeetingRecord r = SharedExtractor.get().extract("t", "赤峰监狱荣立司法部集体一等功庆功大会隆重举行\n"
                + "7月19日下午,赤峰监狱荣立司法部集体一等功庆功大会在赤峰隆重举行。");
        assertThat(r.organizers().stream().map(Unit::name)).noneMatch(n -> n.contains("荣立"));
    }
}
