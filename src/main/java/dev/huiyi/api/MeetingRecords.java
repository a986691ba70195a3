package dev.huiyi.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link MeetingRecord}s as the contract's JSON ({@code meeting-record.md}), and back.
 *
 * <pre>{@code
 * String json = MeetingRecords.toJson(record);             // one line, as in a JSON Lines file
 * MeetingRecord same = MeetingRecords.fromJson(json);      // equal to record
 * MeetingRecords.writeJsonLine(record, out);               // the line and '\n' in one write
 * }</pre>
 *
 * <p>The Jackson configuration this needs (ISO dates, {@code text} only when present, unknown fields of newer
 * versions ignored) lives in one private mapper that no caller can reach or change: a plain
 * {@code new ObjectMapper()} would fail on {@link java.time.LocalDate}. Thread-safe; every method is static.
 */
public final class MeetingRecords {
    private static final ObjectWriter COMPACT;
    private static final ObjectWriter PRETTY;
    private static final ObjectReader READER;

    static {
        // built here and never handed out: only the immutable readers and writers derived from it are kept
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // a field added in a later contract version must not break an older reader
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(MeetingRecord.class, TextOnlyWhenPresent.class)
                .addMixIn(PublishedAt.class, PublishedAtAsIso.class)
                .build();
        COMPACT = mapper.writerFor(MeetingRecord.class);
        PRETTY = COMPACT.withDefaultPrettyPrinter();
        READER = mapper.readerFor(MeetingRecord.class);
    }

    private MeetingRecords() {
    }

    /**
     * The record as compact JSON on one line.
     *
     * @param record the record to write
     * @return its JSON, without a line end
     */
    public static String toJson(MeetingRecord record) {
        return write(COMPACT, record);
    }

    /**
     * The record as indented JSON, as {@code huiyi extract FILE} prints it.
     *
     * @param record the record to write
     * @return its JSON over several lines, without a final line end
     */
    public static String toPrettyJson(MeetingRecord record) {
        return write(PRETTY, record);
    }

    /**
     * Writes the record as one JSON Lines line: its compact JSON and {@code '\n'}, UTF-8, in a single
     * {@code write} call (so that writers sharing an append-mode file never interleave within a line).
     * The stream is neither flushed nor closed.
     *
     * @param record the record to write
     * @param out    where the line goes
     * @throws IOException when the stream cannot be written
     */
    public static void writeJsonLine(MeetingRecord record, OutputStream out) throws IOException {
        out.write((toJson(record) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a record written by {@link #toJson}, {@link #toPrettyJson} or the command line.
     *
     * @param json one record's JSON
     * @return the record, equal to the one written
     * @throws InputException when the text is not JSON or not a record of this shape
     */
    public static MeetingRecord fromJson(String json) {
        try {
            MeetingRecord record = READER.readValue(json);
            if (record == null) {
                throw new InputException("not a MeetingRecord: null");
            }
            return record;
        } catch (JsonProcessingException e) {
            throw new InputException("not a MeetingRecord: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, MeetingRecord record) {
        try {
            return writer.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            // records hold strings, numbers, dates and lists only: this would be a bug of ours
            throw new UncheckedIOException("cannot write a MeetingRecord as JSON", e);
        }
    }

    /** {@code publishedAt} is the ISO-8601 string of the contract, {@code 2021-12-06T15:11}. */
    private abstract static class PublishedAtAsIso {
        @JsonCreator
        static PublishedAt parse(String iso) {
            throw new UnsupportedOperationException("a mix-in: Jackson calls PublishedAt.parse");
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    /** The contract keeps nulls visible ("null where the report does not say"), except {@code text}. */
    private abstract static class TextOnlyWhenPresent {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String text();
    }
}
