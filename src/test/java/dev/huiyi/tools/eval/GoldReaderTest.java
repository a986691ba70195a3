package dev.huiyi.tools.eval;

import dev.huiyi.api.InputException;
import dev.huiyi.api.MeetingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class GoldReaderTest {
    private static final Path SEED = Path.of("samples", "000_7d7c59e9712777a1.gold.json");

    @Test
    void readsTheSeedGoldFile() {
        GoldRecord gold = GoldReader.read(SEED);

        assertThat(gold.title()).isEqualTo("科技部召开2021年全国科技管理系统党建工作交流座谈会");
        assertThat(gold.meetingName()).containsExactly("2021年全国科技管理系统党建工作交流座谈会");
        assertThat(gold.publishedAt()).isEqualTo("2021-12-06T15:11");
        assertThat(gold.meetingDate()).isEqualTo(new GoldDate(LocalDate.of(2021, 11, 29), null));
        assertThat(gold.mode()).isEqualTo(MeetingMode.VIDEO);
        assertThat(gold.location()).isNull();
        assertThat(gold.organizers()).containsExactly(List.of("科技部"));
        assertThat(gold.optionalOrganizers()).isEmpty();
        assertThat(gold.hosts()).containsExactly(
                new GoldPerson("李萌", List.of("部党组成员", "副部长", "机关党委书记"), List.of(), null));
        assertThat(gold.speakers()).extracting(GoldPerson::name, GoldPerson::speechType)
                .containsExactly(tuple("王志刚", "讲话"),
                        tuple("龚堂华", "专题报告"));
        assertThat(gold.attendees()).hasSize(12);
        assertThat(gold.participatingUnits()).hasSize(15)
                .contains(List.of("科技部", "中华人民共和国科学技术部"), List.of("北京市科委"));
        assertThat(gold.optionalUnits()).contains(List.of("机关纪委"));
        assertThat(gold.slogans()).hasSize(10).contains(List.of("两个维护"));
        assertThat(gold.optionalSlogans()).hasSize(11);
        assertThat(gold.keyPoints()).hasSize(11);
        assertThat(gold.keyPoints().get(6)).isEqualTo(new GoldKeyPoint("龚堂华", "要坚决做到旗帜鲜明讲政治"));
        assertThat(gold.optionalKeyPoints()).hasSize(17);
    }

    @Test
    void everySampleGoldFileParses() throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(SEED.getParent())) {
            goldFiles = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(goldFiles).isNotEmpty();
        for (Path file : goldFiles) {
            assertThat(GoldReader.read(file)).as(file.toString()).isNotNull();
        }
    }

    @Test
    void missingKeysAreEmptyOrNull() {
        GoldRecord gold = GoldReader.parse("{}", "empty.gold.json");
        assertThat(gold.title()).isNull();
        assertThat(gold.meetingName()).isEmpty();
        assertThat(gold.meetingDate()).isNull();
        assertThat(gold.mode()).isNull();
        assertThat(gold.attendees()).isEmpty();
        assertThat(gold.slogans()).isEmpty();
        assertThat(gold.keyPoints()).isEmpty();
        assertThat(gold.optionalKeyPoints()).isEmpty();
    }

    @Test
    void readsAliasesRangesAndOptionalTitles() {
        GoldRecord gold = GoldReader.parse("""
                {"meetingName": ["党组扩大会议和党组会", "党组扩大会议"],
                 "meetingDate": "2021-11-29/2021-11-30",
                 "attendees": [{"name": "李萌", "titles": ["副部长"], "optionalTitles": ["机关党委书记"]}],
                 "keyPoints": [{"text": "会议决定成立工作专班"}]}""", "x.gold.json");
        assertThat(gold.meetingName()).containsExactly("党组扩大会议和党组会", "党组扩大会议");
        assertThat(gold.meetingDate().format()).isEqualTo("2021-11-29/2021-11-30");
        assertThat(gold.attendees().get(0).optionalTitles()).containsExactly("机关党委书记");
        assertThat(gold.keyPoints().get(0).speaker()).isNull();
    }

    @Test
    void malformedJsonNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.gold.json");
        Files.writeString(file, "{\"title\": \"x\",");
        assertThatThrownBy(() -> GoldReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void wrongShapesNameTheFileAndTheField(@TempDir Path dir) throws IOException {
        assertRejected(dir, "{\"hosts\": \"李萌\"}", "hosts");
        assertRejected(dir, "{\"attendees\": [{\"titles\": []}]}", "attendees[0].name");
        assertRejected(dir, "{\"slogans\": [[]]}", "slogans[0]");
        assertRejected(dir, "{\"participatingUnits\": [3]}", "participatingUnits[0]");
        assertRejected(dir, "{\"meetingDate\": \"2021年11月29日\"}", "meetingDate");
        assertRejected(dir, "{\"meetingDate\": \"2021-02-30\"}", "meetingDate");
        assertRejected(dir, "{\"meetingDate\": \"2021-11-30/2021-11-29\"}", "meetingDate");
        assertRejected(dir, "{\"mode\": \"ONLINE\"}", "mode");
        assertRejected(dir, "{\"keyPoints\": [\"text only\"]}", "keyPoints[0]");
        assertRejected(dir, "[]", "object");
    }

    private static void assertRejected(Path dir, String json, String field) throws IOException {
        Path file = dir.resolve("bad.gold.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> GoldReader.read(file))
                .as(json)
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(field);
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.gold.json");
        assertThatThrownBy(() -> GoldReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString());
    }
}
