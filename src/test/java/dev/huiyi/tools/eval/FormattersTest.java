package dev.huiyi.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static dev.huiyi.tools.eval.Prediction.gold;
import static dev.huiyi.tools.eval.Prediction.prediction;
import static org.assertj.core.api.Assertions.assertThat;

class FormattersTest {
    private static CorpusScores scores() {
        ReportScore ok = ReportScorer.score("a.txt", gold("""
                        {"attendees": [{"name": "王志刚"}, {"name": "李萌"}], "meetingDate": "2021-11-29",
                         "keyPoints": [{"speaker": "王志刚", "text": "要坚决推进作风学风建设"}]}"""),
                prediction().attendee("王志刚").attendeeAt("张三", 12, 14).date("2021-11-30", null)
                        .keyPointAt("李萌", "要坚决推进作风学风建设", 40).build());
        ReportScore failed = ReportScorer.failed("b.txt", gold("{\"slogans\": [\"两个维护\"]}"), "boom");
        return new CorpusScores(List.of(ok, failed));
    }

    @Test
    void tableHasOneRowPerMetricWithThreeDecimals() {
        String table = ScoreTableFormatter.format(scores());
        assertThat(table).contains("reports: 2, failed: 1");
        for (Metric metric : Metric.values()) {
            assertThat(table).contains(metric.key());
        }
        for (ExactField field : ExactField.values()) {
            assertThat(table).contains(field.key());
        }
        assertThat(table).containsPattern("attendees\\s+0\\.500\\s+0\\.500\\s+0\\.500\\s+1/1/1");
        assertThat(table).containsPattern("meetingDate\\s+0\\.000\\s+0/2");
        assertThat(table).containsPattern("keyPointSpeaker\\s+0\\.000\\s+0/1");
        assertThat(table).contains("failed: b.txt: boom");
    }

    @Test
    void jsonIsOneObjectWithMetricsAndExactRates() throws IOException {
        JsonNode json = Json.reader().readTree(ScoreJson.format(scores(), false));
        assertThat(json.get("reports").intValue()).isEqualTo(2);
        JsonNode attendees = json.get("metrics").get("attendees");
        assertThat(attendees.get("precision").doubleValue()).isEqualTo(0.5);
        assertThat(attendees.get("tp").intValue()).isEqualTo(1);
        assertThat(attendees.get("fp").intValue()).isEqualTo(1);
        assertThat(attendees.get("fn").intValue()).isEqualTo(1);
        assertThat(json.get("exact").get("meetingDate").get("total").intValue()).isEqualTo(2);
        assertThat(json.get("keyPointSpeaker").get("rate").doubleValue()).isZero();
        assertThat(json.get("failed").get(0).get("report").textValue()).isEqualTo("b.txt");
        assertThat(json.has("details")).isFalse();
    }

    @Test
    void jsonDetailsCarrySpans() throws IOException {
        JsonNode details = Json.reader().readTree(ScoreJson.format(scores(), true)).get("details");
        JsonNode spurious = details.get(0).get("metrics").get("attendees").get("spurious").get(0);
        assertThat(spurious.get("text").textValue()).isEqualTo("张三");
        assertThat(spurious.get("start").intValue()).isEqualTo(12);
        assertThat(spurious.get("end").intValue()).isEqualTo(14);
        assertThat(details.get(0).get("exact").get("meetingDate").get("predicted").textValue()).isEqualTo("2021-11-30");
    }

    @Test
    void detailsListMissedAndSpuriousWithSpans() {
        String details = DetailsFormatter.format(scores());
        assertThat(details)
                .contains("== a.txt")
                .contains("missed:   李萌")
                .contains("spurious: 张三 [12,14)")
                .contains("meetingDate: gold 2021-11-29, predicted 2021-11-30")
                .contains("keyPointSpeaker: gold 王志刚, predicted 李萌 [40,51)")
                .contains("== b.txt")
                .contains("error: boom");
    }
}
