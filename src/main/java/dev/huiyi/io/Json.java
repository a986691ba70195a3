package dev.huiyi.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.MeetingRecords;

/**
 * JSON for the tools: records go through {@link MeetingRecords} (the contract's one configuration); error lines,
 * run summaries, scores and gold files through the immutable readers and writers here. No mapper is handed out.
 */
public final class Json {
    private Json() {
    }

    /**
     * Holds the writers, so that they are created on first use and not when {@link Json} is initialised: calling
     * {@link #warmUpInBackground()} must not build them on the caller's thread.
     */
    private static final class Holder {
        private static final JsonMapper MAPPER = JsonMapper.builder().build();
        static final ObjectWriter COMPACT = MAPPER.writer();
        static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
        static final ObjectReader READER = MAPPER.reader();
    }

    /**
     * Builds the record writers on a background thread, so that a one-document run does not pay for Jackson's
     * start-up after extraction (the CLI calls this while the models load).
     */
    public static void warmUpInBackground() {
        Thread warm = new Thread(() -> {
            try {
                MeetingRecords.toPrettyJson(new MeetingRecord(MeetingRecord.SCHEMA_VERSION, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null));
                Holder.PRETTY.writeValueAsString(ErrorLine.of("warm-up", "none", "none"));
            } catch (JsonProcessingException | RuntimeException e) {
                // only a warm-up: the real write reports its own errors
            }
        }, "huiyi-json-warmup");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** A record or anything else (an {@link ErrorLine}, a summary), indented or on one line. */
    public static String render(Object value, boolean pretty) throws JsonProcessingException {
        if (value instanceof MeetingRecord record) {
            return pretty ? MeetingRecords.toPrettyJson(record) : MeetingRecords.toJson(record);
        }
        return (pretty ? pretty() : compact()).writeValueAsString(value);
    }

    /** Indented writer for anything but records (summaries, scores, baselines). */
    public static ObjectWriter pretty() {
        return Holder.PRETTY;
    }

    /** Compact writer for anything but records. */
    public static ObjectWriter compact() {
        return Holder.COMPACT;
    }

    /** Reader of JSON trees (gold files, baselines, lines of a JSON Lines file). */
    public static ObjectReader reader() {
        return Holder.READER;
    }

    /** A new, empty object node to build output in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
