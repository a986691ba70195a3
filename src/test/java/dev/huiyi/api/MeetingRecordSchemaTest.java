package dev.huiyi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.huiyi.SampleRecords;
import dev.huiyi.SampleRecords.Sample;
import dev.huiyi.tools.cli.Main;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped in the jar ({@code dev/huiyi/schema/meeting-record.schema.json}) holds every record the
 * extractor makes of the sample folders and every error line a batch writes, and refuses a broken record.
 */
class MeetingRecordSchemaTest {
    static final String RESOURCE = "/dev/huiyi/schema/meeting-record.schema.json";
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = MeetingRecordSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void everySampleRecordIsValid() {
        int validated = 0;
        for (Sample sample : SampleRecords.all()) {
            MeetingRecord record = sample.extraction().record();
            for (MeetingRecord r : List.of(record, record.withText(sample.extraction().normalisedText()))) {
                assertThat(errors(MeetingRecords.toJson(r))).as(sample.toString()).isEmpty();
                validated++;
            }
        }
        // samples/, heldout/, heldout2/ (268 reports when written): each with and without its text
        assertThat(SampleRecords.all()).hasSizeGreaterThanOrEqualTo(268);
        assertThat(validated).isEqualTo(2 * SampleRecords.all().size());
    }

    @Test
    void everyKindOfErrorLineIsValid(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.html"), new byte[]{(byte) 0x80, 0, 1, 2});
        Files.writeString(in.resolve("big.txt"), "会议".repeat(2000));
        Files.write(in.resolve("broken.zip"), new byte[]{'P', 'K', 3, 4, 0, 0});
        Files.copy(Path.of("samples/000_7d7c59e9712777a1.txt"), in.resolve("ok.txt"));
        Path lines = tmp.resolve("out.jsonl");
        int code = Main.run("extract", "--jsonl", lines.toString(), "--max-bytes", "10000", in.toString(),
                tmp.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        List<String> rows = Files.readAllLines(lines, StandardCharsets.UTF_8);
        List<String> types = rows.stream().map(MeetingRecordSchemaTest::tree).filter(n -> n.has("error"))
                .map(n -> n.get("error").get("type").asText()).toList();
        assertThat(types).contains("InputException", "IOException").hasSize(rows.size() - 1);
        for (String row : rows) {
            assertThat(errors(row)).as(row).isEmpty();
        }
    }

    @Test
    void aBrokenRecordIsRefused() {
        String good = MeetingRecords.toJson(SampleRecords.all().get(0).extraction().record());
        assertThat(errors(good)).isEmpty();
        Map<String, Consumer<ObjectNode>> breaks = Map.of(
                "a required list missing", r -> r.remove("hosts"),
                "an unknown mode", r -> r.put("mode", "REMOTE"),
                "a negative offset", r -> ((ObjectNode) r.get("meetingDate").get("span")).put("start", -1),
                "a field the contract does not have", r -> r.put("venue", "北京"),
                "another schema version", r -> r.put("schemaVersion", "2"),
                "a date that is not ISO", r -> r.put("publishedAt", "2021/12/06"),
                "a person without a name", r -> ((ObjectNode) r.get("hosts").get(0)).remove("name"),
                "a list where a string goes", r -> r.putArray("title"));
        breaks.forEach((what, change) -> {
            ObjectNode record = (ObjectNode) tree(good);
            change.accept(record);
            assertThat(errors(record.toString())).as(what).isNotEmpty();
        });
        assertThat(errors("{\"source\":\"a.txt\",\"error\":{\"type\":\"InputException\"}}")).as("no message")
                .isNotEmpty();
    }

    @Test
    void theSchemaCarriesTheRecordsVersion() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            JsonNode schema = Json.reader().readTree(in);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("schemaVersion").asText()).isEqualTo(MeetingRecord.SCHEMA_VERSION);
            assertThat(schema.at("/$defs/meetingRecord/properties/schemaVersion/const").asText())
                    .isEqualTo(MeetingRecord.SCHEMA_VERSION);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.reader().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
