package dev.huiyi.api;

import dev.huiyi.SampleRecords;
import dev.huiyi.SampleRecords.Sample;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON API: exact round trips over every sample, one write per line, no Jackson object handed out. */
class MeetingRecordsTest {

    @Test
    void everySampleRecordSurvivesTheRoundTripExactly() {
        List<Sample> samples = SampleRecords.all();
        assertThat(samples).hasSizeGreaterThan(230);
        for (Sample sample : samples) {
            MeetingRecord record = sample.extraction().record();
            MeetingRecord withText = record.withText(sample.extraction().normalisedText());
            assertThat(MeetingRecords.fromJson(MeetingRecords.toJson(record))).as(sample.toString()).isEqualTo(record);
            assertThat(MeetingRecords.fromJson(MeetingRecords.toPrettyJson(record))).as(sample.toString())
                    .isEqualTo(record);
            assertThat(MeetingRecords.fromJson(MeetingRecords.toJson(withText))).as(sample.toString())
                    .isEqualTo(withText);
        }
    }

    @Test
    void theCommittedOutputsOfTheCliReadBack() throws IOException {
        // the pretty output as the CLI prints it, frozen in a file: reading it gives a record that writes it again
        Path sample = Path.of("samples/000_7d7c59e9712777a1.txt");
        MeetingRecord record = SampleRecords.all().stream().filter(s -> s.report().equals(sample)).findFirst()
                .orElseThrow().extraction().record();
        String pretty = MeetingRecords.toPrettyJson(record);
        assertThat(pretty).startsWith("{\n  \"schemaVersion\" : \"1\",\n  \"source\" : {\n    \"id\" : ")
                .contains("\"meetingDate\" : {\n    \"start\" : \"2021-11-29\",\n    \"end\" : null,")
                .doesNotContain("\"text\" : \"科技部召开");
        assertThat(MeetingRecords.toPrettyJson(MeetingRecords.fromJson(pretty))).isEqualTo(pretty);
    }

    @Test
    void writeJsonLineWritesOneCompactLineInOneWrite() throws IOException {
        MeetingRecord record = SampleRecords.all().get(0).extraction().record();
        List<byte[]> writes = new ArrayList<>();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(new byte[]{(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(java.util.Arrays.copyOfRange(b, off, off + len));
            }
        };
        MeetingRecords.writeJsonLine(record, out);
        MeetingRecords.writeJsonLine(record, out);
        assertThat(writes).hasSize(2);
        String line = new String(writes.get(0), StandardCharsets.UTF_8);
        assertThat(line).endsWith("}\n").hasLineCount(1);
        assertThat(MeetingRecords.fromJson(line)).isEqualTo(record);
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(writes.get(0));
        both.writeBytes(writes.get(1));
        assertThat(both.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void whatIsNotARecordIsAnInputException() {
        for (String json : List.of("", "null", "[]", "{\"hosts\": 3}", "{\"meetingDate\": {\"start\": \"29日\"}}",
                "{\"publishedAt\": \"2021/12/06\"}", "not json")) {
            assertThatThrownBy(() -> MeetingRecords.fromJson(json)).as(json).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("not a MeetingRecord");
        }
    }

    @Test
    void publishedAtKeepsThePrecisionItWasGiven() {
        PublishedAt day = PublishedAt.parse("2021-12-06");
        PublishedAt minute = PublishedAt.parse("2021-12-06T15:11");
        assertThat(day.time()).isNull();
        assertThat(day.dateTime()).isEmpty();
        assertThat(minute.dateTime()).contains(java.time.LocalDateTime.of(2021, 12, 6, 15, 11));
        assertThat(List.of(day, minute, PublishedAt.parse("2021-12-06T15:11:30"))).extracting(PublishedAt::toString)
                .containsExactly("2021-12-06", "2021-12-06T15:11", "2021-12-06T15:11:30");
        assertThatThrownBy(() -> PublishedAt.parse("2021/12/06")).isInstanceOf(IllegalArgumentException.class);
        MeetingRecord record = SampleRecords.all().get(0).extraction().record();
        for (PublishedAt at : List.of(day, minute)) {
            MeetingRecord dated = new MeetingRecord(record.schemaVersion(), record.source(), record.title(),
                    record.meetingName(), at, record.meetingDate(), record.location(), record.mode(),
                    record.organizers(), record.hosts(), record.speakers(), record.attendees(),
                    record.participatingUnits(), record.slogans(), record.keyPoints(), null, record.warnings());
            String json = MeetingRecords.toJson(dated);
            assertThat(json).contains("\"publishedAt\":\"" + at + "\"");
            assertThat(MeetingRecords.fromJson(json).publishedAt()).isEqualTo(at);
        }
    }

    @Test
    void fieldsOfALaterContractVersionAreIgnored() {
        MeetingRecord record = SampleRecords.all().get(0).extraction().record();
        String later = MeetingRecords.toJson(record).replaceFirst("\\{", "{\"addedLater\":[1,2],");
        assertThat(MeetingRecords.fromJson(later)).isEqualTo(record);
    }

    @Test
    void noJacksonObjectIsHandedOut() {
        List<String> leaks = new ArrayList<>();
        for (Method m : MeetingRecords.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
                        .filter(t -> t.getName().startsWith("com.fasterxml")).forEach(t -> leaks.add(m + ": " + t));
            }
        }
        for (Field f : MeetingRecords.class.getDeclaredFields()) {
            if (!Modifier.isPrivate(f.getModifiers())) {
                leaks.add(f.toString());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void inputOffsetsAreACopy() {
        Extraction extraction = SampleRecords.all().get(0).extraction();
        Span host = extraction.record().hosts().get(0).mentions().get(0);
        Span before = extraction.toInput(host);
        int[] offsets = extraction.inputOffsets();
        java.util.Arrays.fill(offsets, 0);
        assertThat(extraction.toInput(host)).isEqualTo(before).isNotEqualTo(new Span(0, 1));
        assertThat(extraction.inputOffsets()[host.start()]).isEqualTo(before.start());
    }

    @Test
    void sourceOfPathNamesAMissingFileOrADirectory(@org.junit.jupiter.api.io.TempDir Path tmp) {
        assertThatThrownBy(() -> Source.ofPath(tmp.resolve("missing.txt"))).isInstanceOf(InputException.class)
                .hasMessage("no such file: " + tmp.resolve("missing.txt"));
        assertThatThrownBy(() -> Source.ofPath(tmp)).isInstanceOf(InputException.class)
                .hasMessageContaining("directory");
    }

    @Test
    void sourceOfPathChecksTheCapBeforeReading(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        // a sparse file of 3 GB: reading it first would run out of this JVM's heap (-Xmx1g) before any check
        Path huge = tmp.resolve("huge.txt");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        assertThatThrownBy(() -> Source.ofPath(huge)).isInstanceOf(InputException.class)
                .hasMessageContaining("over the size cap of " + Source.DEFAULT_MAX_BYTES);
        Path small = Files.writeString(tmp.resolve("page.shtml"), "<p>会议</p>");
        assertThatThrownBy(() -> Source.ofPath(small, 5)).isInstanceOf(InputException.class)
                .hasMessageContaining("size cap of 5");
        Source page = Source.ofPath(small, 100);
        assertThat(page.id()).isEqualTo("page.shtml");
        assertThat(page.formatHint()).contains(SourceFormat.HTML);
    }
}
