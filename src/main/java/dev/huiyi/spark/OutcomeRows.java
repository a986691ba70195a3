package dev.huiyi.spark;

import dev.huiyi.batch.Extractions;
import dev.huiyi.batch.Outcome;
import dev.huiyi.io.InputItem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * One task's inputs turned into outcome rows, one per input, lazily (a partition is never held whole): the id, the
 * status, and the line {@code huiyi extract} writes for it, rendered by the batch package's {@link Extractions}, so
 * that a document succeeds or fails on Spark exactly as in a batch: a bad document is an error row, and only broken
 * models (a ModelException) fail the task.
 */
final class OutcomeRows {
    /** id, OK / WARNINGS / FAILED, the JSON line (record or error line), and what the document counts for. */
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false)
            .add("chars", DataTypes.LongType, false)
            .add("bytes", DataTypes.LongType, false);

    private OutcomeRows() {
    }

    /**
     * @param counters where each outcome is counted for the job's summary, or null
     */
    static Iterator<Row> of(Iterator<InputItem> items, ExtractorSettings settings, JobCounters counters) {
        Extractions extractions = Extractions.compact(SharedExtractors.get(settings));
        return new Iterator<>() {
            private long seq;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Row next() {
                Outcome outcome = extract(extractions, seq++, items.next());
                if (counters != null) {
                    counters.add(outcome);
                }
                return RowFactory.create(outcome.input().id(), outcome.status().name(), outcome.json(),
                        outcome.chars(), outcome.bytes());
            }
        };
    }

    private static Outcome extract(Extractions extractions, long seq, InputItem item) {
        try {
            return extractions.extract(seq, item);
        } catch (IOException e) {
            // rendering a record or an error line to a string: no I/O happens, so this would be a bug of ours
            throw new UncheckedIOException("cannot render the outcome of " + item.id(), e);
        }
    }
}
