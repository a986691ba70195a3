package dev.huiyi.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.MeetingRecords;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.PublishedAt;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.SourceInfo;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitKind;
import dev.huiyi.api.UnitRole;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Freezes the contract's JSON: field names, nesting, nulls kept, {@code text} only when present. */
class RecordJsonShapeTest {

    static MeetingRecord fullRecord(String text) {
        KeyPoint kp = new KeyPoint("要提高政治站位", "王志刚", new Span(10, 17));
        Person wang = new Person("王志刚", List.of("部党组书记", "部长"), null,
                List.of(PersonRole.ATTENDEE, PersonRole.SPEAKER), List.of(new Span(0, 3)));
        Person li = new Person("李萌", List.of("副部长"), null, List.of(PersonRole.HOST), List.of(new Span(4, 6)));
        Unit most = new Unit("科技部", UnitKind.GOVERNMENT, List.of(UnitRole.ORGANIZER), List.of(new Span(20, 23)));
        return new MeetingRecord("1", new SourceInfo("a.txt", SourceFormat.TEXT, "UTF-8", 100, "ab12"),
                "科技部召开座谈会", "座谈会", PublishedAt.parse("2021-12-06T15:11"),
                new MeetingDate(LocalDate.of(2021, 11, 29), null, "2021年11月29日", new Span(30, 41)),
                null, MeetingMode.VIDEO, List.of(most), List.of(li),
                List.of(new Speaker("王志刚", wang.titles(), null, "讲话", List.of(kp), wang.mentions())),
                List.of(wang, li), List.of(most), List.of(new Slogan("两个维护", 2, List.of(new Span(50, 54), new Span(60, 64)))),
                List.of(kp), text, List.of());
    }

    @Test
    void fullRecordMatchesTheGoldenJson() throws Exception {
        JsonNode actual = Json.reader().readTree(MeetingRecords.toJson(fullRecord(null)));
        try (InputStream in = getClass().getResourceAsStream("/golden/record.json")) {
            JsonNode golden = Json.reader().readTree(in);
            assertThat(actual).isEqualTo(golden);
        }
    }

    @Test
    void textAppearsOnlyWhenAskedFor() throws Exception {
        assertThat(Json.reader().readTree(MeetingRecords.toJson(fullRecord(null))).has("text")).isFalse();
        assertThat(Json.reader().readTree(MeetingRecords.toJson(fullRecord("abc"))).get("text").asText())
                .isEqualTo("abc");
    }
}
