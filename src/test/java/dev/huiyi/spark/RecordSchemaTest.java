package dev.huiyi.spark;

import dev.huiyi.api.MeetingRecord;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark's struct of a record, read from the bundled JSON Schema, has the record's fields in its order and types. */
class RecordSchemaTest {
    @Test
    void theRecordStructHasTheRecordsFieldsInOrder() {
        List<String> components = Arrays.stream(MeetingRecord.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(RecordSchema.RECORD.fieldNames()).containsExactlyElementsOf(components);
    }

    @Test
    void nestedValuesAreStructsListsAndScalars() {
        StructType record = RecordSchema.RECORD;
        StructType person = (StructType) ((ArrayType) record.apply("attendees").dataType()).elementType();
        assertThat(person.fieldNames()).containsExactly("name", "titles", "affiliation", "roles", "mentions");
        assertThat(person.apply("titles").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
        StructType span = (StructType) ((ArrayType) person.apply("mentions").dataType()).elementType();
        assertThat(span.apply("start").dataType()).isEqualTo(DataTypes.LongType);
        // "X or null" is a nullable X: a struct, a string (an enum), a string (ISO date-time)
        assertThat(record.apply("meetingDate").dataType()).isInstanceOf(StructType.class);
        assertThat(record.apply("mode").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(record.apply("publishedAt").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(((StructType) record.apply("source").dataType()).apply("charCount").dataType())
                .isEqualTo(DataTypes.LongType);
    }

    @Test
    void theErrorStructIsTypeAndMessage() {
        StructType error = (StructType) RecordSchema.ERROR_LINE.apply("error").dataType();
        assertThat(error.fieldNames()).containsExactly("type", "message");
        assertThat(HuiyiSpark.schema().fieldNames()).containsExactly("id", "ok", "record", "error");
    }
}
