package dev.huiyi.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spark's types of a record and of an error line, read from the JSON Schema that ships in the jar
 * ({@code dev/huiyi/schema/meeting-record.schema.json}) rather than written a second time by hand: the schema is the
 * contract every output line is tested against, so a field added to the records reaches Spark's struct by the same
 * change. Strings, enums and constants are strings, integers are longs, a "X or null" is a nullable X, fields keep
 * the schema's order (the record's own).
 */
final class RecordSchema {
    private static final String RESOURCE = "/dev/huiyi/schema/meeting-record.schema.json";
    private static final JsonNode SCHEMA = load();

    /** The struct of a {@code MeetingRecord}. */
    static final StructType RECORD = struct(SCHEMA.at("/$defs/meetingRecord"));
    /** The struct of an error line: {@code source}, {@code error: {type, message}}. */
    static final StructType ERROR_LINE = struct(SCHEMA.at("/$defs/errorLine"));

    private RecordSchema() {
    }

    private static JsonNode load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return Json.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static StructType struct(JsonNode object) {
        List<StructField> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.get("properties").properties()) {
            fields.add(DataTypes.createStructField(property.getKey(), type(property.getValue()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(JsonNode node) {
        node = resolve(node);
        if (node.has("oneOf")) {
            return type(onlyNonNull(node.get("oneOf")));
        }
        if (node.has("enum") || node.has("const")) {
            return DataTypes.StringType;
        }
        JsonNode type = node.get("type");
        String name = type.isArray() ? onlyNonNull(type).asText() : type.asText();
        return switch (name) {
            case "string" -> DataTypes.StringType;
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            case "object" -> struct(node);
            case "array" -> DataTypes.createArrayType(type(node.get("items")), true);
            default -> throw new IllegalStateException("no Spark type for JSON Schema type " + name);
        };
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(SCHEMA.at(ref.asText().substring(1)));
    }

    /** The one alternative of {@code [X, null]} (a type name or a schema) that is not null. */
    private static JsonNode onlyNonNull(JsonNode alternatives) {
        List<JsonNode> nonNull = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            boolean isNull = alternative.isTextual() ? alternative.asText().equals("null")
                    : alternative.path("type").asText().equals("null");
            if (!isNull) {
                nonNull.add(alternative);
            }
        }
        if (nonNull.size() != 1) {
            throw new IllegalStateException("no Spark type for a choice of " + alternatives);
        }
        return nonNull.get(0);
    }
}
