package dev.huiyi.spark;

import dev.huiyi.batch.BatchSummary;
import dev.huiyi.batch.Outcome;
import dev.huiyi.io.Ignored;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind the job's summary (ok, with warnings, failed, characters, bytes, what was not an input),
 * gathered on the executors as accumulators. Outcomes are counted in the job's final stage, the one that extracts
 * and writes, and Spark merges the accumulator updates of a final-stage task once per partition whatever the
 * retries, so those counts are exact without a second pass over the output. (What was not an input is counted where
 * the files are read: with {@code --partitions}, a stage before the shuffle, which a lost executor can make Spark run
 * twice.)
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator ok;
    private final LongAccumulator withWarnings;
    private final LongAccumulator failed;
    private final LongAccumulator chars;
    private final LongAccumulator bytes;
    private final EnumMap<Ignored.Reason, LongAccumulator> ignored = new EnumMap<>(Ignored.Reason.class);

    JobCounters(SparkContext sc) {
        ok = sc.longAccumulator("huiyi ok");
        withWarnings = sc.longAccumulator("huiyi with warnings");
        failed = sc.longAccumulator("huiyi failed");
        chars = sc.longAccumulator("huiyi chars");
        bytes = sc.longAccumulator("huiyi bytes");
        for (Ignored.Reason reason : Ignored.Reason.values()) {
            ignored.put(reason, sc.longAccumulator("huiyi ignored " + reason));
        }
    }

    void add(Outcome outcome) {
        switch (outcome.status()) {
            case OK -> ok.add(1);
            case WARNINGS -> withWarnings.add(1);
            case FAILED -> failed.add(1);
        }
        chars.add(outcome.chars());
        bytes.add(outcome.bytes());
    }

    void ignore(Ignored.Reason reason, long count) {
        ignored.get(reason).add(count);
    }

    /** What an archive held and did not take. */
    void ignore(Map<String, Long> counts) {
        counts.forEach((reason, n) -> ignore(Ignored.Reason.valueOf(reason), n));
    }

    /** The summary of the run so far (read on the driver after the job's action). */
    BatchSummary summary(long elapsedMillis) {
        Map<String, Long> notInputs = new LinkedHashMap<>();
        ignored.forEach((reason, n) -> {
            if (n.sum() > 0) {
                notInputs.put(reason.name(), n.sum());
            }
        });
        return BatchSummary.distributed(ok.sum(), withWarnings.sum(), failed.sum(), chars.sum(), bytes.sum(),
                elapsedMillis, notInputs);
    }
}
