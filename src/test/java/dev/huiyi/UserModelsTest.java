package dev.huiyi;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.Person;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.Source;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's model directory adds person names, posts, units and slogans over the bundled lexicons. */
class UserModelsTest {
    private static final String REPORT = "西藏自治区召开数字政府建设推进会\n"
            + "5月8日,西藏自治区召开数字政府建设推进会。自治区首席数据官达瓦次仁出席会议并讲话。"
            + "高原云数据港有关负责同志参加会议。会议强调,要坚持数字先行、数据赋能,推动政务服务提质增效。";

    private static void write(Path dir, String file, String content) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void userLexiconsAddNamesPostsUnitsAndSlogans(@TempDir Path dir) throws IOException {
        write(dir, "person/names.tsv", "# FORMAT: name\n达瓦次仁\n");
        write(dir, "title/posts.tsv", "# FORMAT: post\tkind\n首席数据官\tpost\n");
        write(dir, "unit/gazetteer.tsv", "# FORMAT: name\tkind\n高原云数据港\tENTERPRISE\n");
        write(dir, "slogan/formulas.tsv", "# FORMAT: formula\n数字先行、数据赋能\n");

        MeetingRecord bundled = SharedExtractor.get().extract("r.txt", REPORT);
        MeetingExtractor extended = MeetingExtractor.builder().userModels(dir).build();
        MeetingRecord record = extended.extract("r.txt", REPORT);
        List<RecognisedMention> mentions = extended.mentions(Source.ofText("r.txt", REPORT));

        assertThat(bundled.attendees()).extracting(Person::name).doesNotContain("达瓦次仁");
        assertThat(record.attendees()).extracting(Person::name).contains("达瓦次仁");
        assertThat(record.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("达瓦次仁");
            assertThat(s.titles()).containsExactly("自治区首席数据官");
        });
        assertThat(mentions).filteredOn(m -> m.type() == MentionType.UNIT).extracting(RecognisedMention::surface)
                .contains("高原云数据港");
        assertThat(record.slogans()).extracting(Slogan::text).contains("数字先行、数据赋能");
        assertThat(bundled.slogans()).extracting(Slogan::text).doesNotContain("数字先行、数据赋能");
    }

    @Test
    void aBrokenUserFileFailsTheBuildNamingFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "unit/gazetteer.tsv", "# FORMAT: name\tkind\n好单位\tNOT_A_KIND\n");
        assertThatThrownBy(() -> MeetingExtractor.builder().userModels(dir).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("gazetteer.tsv:2");
    }

    @Test
    void anUnknownPartOfSpeechInAUserWordsFileFailsTheBuildNamingFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "segment/words.tsv", "# FORMAT: word\tnature\n数据港\tnt\n云数据\tnotapos\n");
        assertThatThrownBy(() -> MeetingExtractor.builder().userModels(dir).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("words.tsv:3").hasMessageContaining("notapos");
    }

    @Test
    void aUserRegexThatBacktracksWithoutBoundFailsTheBuildNamingFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "normalize/layout.tsv", "# FORMAT: id\tkind\tregex\nchrome.mine\tchrome\t^(([^!]*)*)*!$\n");
        assertThatThrownBy(() -> MeetingExtractor.builder().userModels(dir).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("layout.tsv:2")
                .hasMessageContaining("backtracks");
    }
}
