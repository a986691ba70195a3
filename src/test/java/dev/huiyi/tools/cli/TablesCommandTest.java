package dev.huiyi.tools.cli;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.MeetingRecords;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code huiyi tables}: the JSON Lines of a batch as four CSV tables keyed by report id. */
class TablesCommandTest {
    private static final String SEED = "samples/000_7d7c59e9712777a1.txt";
    private static final String HTML = "samples/002_mee_national_work_conf.html";

    @Test
    void aBatchBecomesFourTablesKeyedByReport(@TempDir Path tmp) throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path jsonl = tmp.resolve("out.jsonl");
        assertThat(Main.run("extract", "--ordered", "--jsonl", jsonl.toString(), SEED, HTML, empty.toString()))
                .isEqualTo(1);
        Path dir = tmp.resolve("tables");

        CliRun run = CliRun.of("tables", "--out", dir.toString(), jsonl.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<CSVRecord> reports = read(dir.resolve("reports.csv"));
        assertThat(reports).extracting(r -> r.get("report_id")).containsExactly(SEED, HTML, empty.toString());
        assertThat(reports.get(0).get("meeting_name")).isEqualTo("2021年全国科技管理系统党建工作交流座谈会");
        assertThat(reports.get(0).get("published_at")).isEqualTo("2021-12-06T15:11");
        assertThat(reports.get(2).get("error_type")).isEqualTo("InputException");

        MeetingRecord seed = MeetingRecords.fromJson(Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0));
        List<CSVRecord> people = read(dir.resolve("people.csv")).stream()
                .filter(r -> r.get("report_id").equals(SEED)).toList();
        assertThat(people).anySatisfy(r -> {
            assertThat(r.get("name")).isEqualTo("李萌");
            assertThat(r.get("role")).isEqualTo("HOST");
            assertThat(r.get("titles")).isEqualTo("部党组成员|副部长|机关党委书记");
        });
        assertThat(people).anySatisfy(r -> {
            assertThat(r.get("name")).isEqualTo("王志刚");
            assertThat(r.get("role")).isEqualTo("SPEAKER");
            assertThat(r.get("speech_type")).isEqualTo("讲话");
        });
        assertThat(people).hasSize(seed.attendees().stream().mapToInt(p -> Math.max(1, p.roles().size())).sum());
        assertThat(read(dir.resolve("units.csv"))).anySatisfy(r -> {
            assertThat(r.get("report_id")).isEqualTo(SEED);
            assertThat(r.get("name")).isEqualTo("科技部");
            assertThat(r.get("role")).isEqualTo("ORGANIZER");
        });
        List<CSVRecord> points = read(dir.resolve("key_points.csv")).stream()
                .filter(r -> r.get("report_id").equals(SEED)).toList();
        assertThat(points).hasSize(seed.keyPoints().size());
        assertThat(points.get(0).get("text")).isEqualTo(seed.keyPoints().get(0).text());
    }

    @Test
    void aLineThatIsNotARecordIsNamedByFileAndLine(@TempDir Path tmp) throws IOException {
        Path jsonl = Files.writeString(tmp.resolve("bad.jsonl"), "{\"hosts\": 3}\n");
        CliRun run = CliRun.of("tables", "--out", tmp.resolve("t").toString(), jsonl.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(run.err()).startsWith("huiyi: " + jsonl + ":1: not a MeetingRecord").doesNotContain("\tat ");
        CliRun missing = CliRun.of("tables", "--out", tmp.resolve("t").toString(), tmp.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
