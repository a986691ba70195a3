package dev.huiyi;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Source;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.tools.eval.GoldPerson;
import dev.huiyi.tools.eval.GoldReader;
import dev.huiyi.tools.eval.GoldRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real ministry report in samples/ comes out as its hand-written gold file says, on the foundation's fields. */
class SeedRecordTest {
    private static final Path REPORT = Path.of("samples/000_7d7c59e9712777a1.txt");
    private static MeetingRecord record;
    private static GoldRecord gold;

    @BeforeAll
    static void extract() {
        record = SharedExtractor.get().extract(Source.ofPath(REPORT)).record();
        gold = GoldReader.read(Path.of("samples/000_7d7c59e9712777a1.gold.json"));
    }

    @Test
    void scalarFieldsMatchGold() {
        assertThat(record.title()).isEqualTo(gold.title());
        assertThat(record.publishedAt()).hasToString(gold.publishedAt());
        assertThat(record.meetingDate().start()).isEqualTo(gold.meetingDate().start());
        assertThat(record.meetingDate().end()).isNull();
        assertThat(gold.meetingName()).contains(record.meetingName());
        assertThat(record.mode()).isEqualTo(gold.mode());
    }

    @Test
    void organizersMatchGold() {
        List<String> names = record.organizers().stream().map(Unit::name).toList();
        assertThat(names).hasSize(gold.organizers().size());
        for (List<String> aliases : gold.organizers()) {
            assertThat(names).anyMatch(aliases::contains);
        }
    }

    @Test
    void hostsWithTitlesMatchGold() {
        assertThat(titlesByName(record.hosts())).isEqualTo(goldTitles(gold.hosts()));
    }

    @Test
    void speakersWithTitlesAndSpeechTypeMatchGold() {
        Map<String, List<String>> titles = record.speakers().stream()
                .collect(Collectors.toMap(Speaker::name, Speaker::titles));
        assertThat(titles).isEqualTo(goldTitles(gold.speakers()));
        Map<String, String> types = record.speakers().stream()
                .collect(Collectors.toMap(Speaker::name, Speaker::speechType));
        Map<String, String> goldTypes = gold.speakers().stream()
                .collect(Collectors.toMap(GoldPerson::name, GoldPerson::speechType));
        assertThat(types).isEqualTo(goldTypes);
    }

    @Test
    void everyScoredFieldMatchesGold() {
        var score = new dev.huiyi.tools.eval.Evaluator(p -> SharedExtractor.get().extract(Source.ofPath(p)).record())
                .evaluate(REPORT, Path.of("samples/000_7d7c59e9712777a1.gold.json"));
        assertThat(score.perfect())
                .as(dev.huiyi.tools.eval.DetailsFormatter.format(new dev.huiyi.tools.eval.CorpusScores(List.of(score)))).isTrue();
    }

    private static Map<String, List<String>> titlesByName(List<Person> people) {
        return people.stream().collect(Collectors.toMap(Person::name, Person::titles));
    }

    private static Map<String, List<String>> goldTitles(List<GoldPerson> people) {
        return people.stream().collect(Collectors.toMap(GoldPerson::name, GoldPerson::titles));
    }
}
