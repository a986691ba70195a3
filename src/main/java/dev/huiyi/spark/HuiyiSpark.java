package dev.huiyi.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Iterator;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/**
 * huiyi on Spark: a dataset of reports in, a dataset of records out, one row per report.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().format("binaryFile").load("hdfs:///reports")
 *         .selectExpr("path AS id", "content");
 * Dataset<Row> out = HuiyiSpark.extract(docs);
 * out.where("ok").select("id", "record.attendees.name").show();
 * }</pre>
 *
 * <p>The input has a string column {@code id} and either a binary {@code content} or a string {@code text}. The
 * output has {@code id}, {@code ok}, {@code record} (a struct shaped like {@code MeetingRecord}'s JSON, null when
 * not ok) and {@code error} (a struct of {@code type} and {@code message}, null when ok): a report that cannot be
 * read, is over the caps or over its time budget is an error row, never a failed task. Each executor JVM builds one
 * extractor, on first use, and its tasks share it.
 */
public final class HuiyiSpark {
    private HuiyiSpark() {
    }

    /** The records of the reports, with the CLI's defaults (10 MiB, 10 s a report, bundled models). */
    public static Dataset<Row> extract(Dataset<Row> docs) {
        return extract(docs, ExtractorSettings.defaults());
    }

    /** The records of the reports, with these caps, time budget and models. */
    public static Dataset<Row> extract(Dataset<Row> docs, ExtractorSettings settings) {
        return structured(outcomes(docs, settings));
    }

    /** The schema of {@link #extract}'s rows: {@code id}, {@code ok}, {@code record}, {@code error}. */
    public static StructType schema() {
        return new StructType()
                .add("id", DataTypes.StringType, false)
                .add("ok", DataTypes.BooleanType, false)
                .add("record", RecordSchema.RECORD, true)
                .add("error", RecordSchema.ERROR_LINE.apply("error").dataType(), true);
    }

    /** One outcome row per document ({@link OutcomeRows#SCHEMA}): the lines {@code huiyi extract} would write. */
    static Dataset<Row> outcomes(Dataset<Row> docs, ExtractorSettings settings) {
        DocumentColumns columns = DocumentColumns.of(docs.schema());
        MapPartitionsFunction<Row, Row> extract = rows -> OutcomeRows.of(map(rows, columns), settings, null);
        return docs.mapPartitions(extract, Encoders.row(OutcomeRows.SCHEMA));
    }

    private static Iterator<dev.huiyi.io.InputItem> map(Iterator<Row> rows, DocumentColumns columns) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public dev.huiyi.io.InputItem next() {
                return columns.item(rows.next());
            }
        };
    }

    /**
     * Outcome rows as {@link #extract}'s rows: each line parsed into the record or error struct by Spark's own
     * JSON reader. FAILFAST: a line the struct does not fit would be a bug between the writer and the JSON Schema,
     * and must stop the job rather than become a silent null.
     */
    static Dataset<Row> structured(Dataset<Row> outcomes) {
        Column ok = not(col("status").equalTo("FAILED"));
        Map<String, String> failFast = Map.of("mode", "FAILFAST");
        return outcomes.select(col("id"), ok.as("ok"),
                when(ok, from_json(col("json"), RecordSchema.RECORD, failFast)).as("record"),
                when(not(ok), from_json(col("json"), RecordSchema.ERROR_LINE, failFast).getField("error")).as("error"));
    }
}
