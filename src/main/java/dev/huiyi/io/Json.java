package dev.huiyi.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.huiyi.api.MeetingRecord;

/** The one Jackson configuration of the project: records out as the contract's JSON, gold files in. */
public final class Json {
    private Json() {
    }

    /**
     * Holds the mapper, so that it is created on first use and not when {@link Json} is initialised: calling
     * {@link #warmUpInBackground()} must not build it on the caller's thread.
     */
    private static final class Holder {
        static final ObjectMapper MAPPER = createMapper();
    }

    /** The shared, fully configured mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * Builds the mapper and its serializers for records on a background thread, so that a one-document run
     * does not pay for Jackson's start-up after extraction (the CLI calls this while the models load).
     */
    public static void warmUpInBackground() {
        Thread warm = new Thread(() -> {
            try {
                pretty().writeValueAsString(new MeetingRecord(MeetingRecord.SCHEMA_VERSION, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
                // only a warm-up: the real write reports its own errors
            }
        }, "huiyi-json-warmup");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** Pretty printer for single records. */
    public static ObjectWriter pretty() {
        return mapper().writerWithDefaultPrettyPrinter();
    }

    /** Compact writer for JSON Lines. */
    public static ObjectWriter compact() {
        return mapper().writer();
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // The contract keeps nulls visible ("null where the report does not say"), except `text`,
        // which is present only when asked for.
        mapper.addMixIn(MeetingRecord.class, MeetingRecordMixin.class);
        return mapper;
    }

    abstract static class MeetingRecordMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String text();
    }
}
