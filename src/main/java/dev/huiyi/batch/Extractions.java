package dev.huiyi.batch;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import dev.huiyi.io.ErrorLine;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputRef;
import dev.huiyi.io.RecordWriter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns one input into its outcome: the record, or an error object naming the source and the failure. Only a
 * {@link ModelException} (our data is broken) escapes: it stops the run.
 */
final class Extractions {
    private final MeetingExtractor extractor;
    private final RecordWriter writer;

    Extractions(MeetingExtractor extractor, RecordWriter writer) {
        this.extractor = extractor;
        this.writer = writer;
    }

    Outcome extract(long seq, InputItem item) throws IOException {
        InputRef ref = new InputRef(item.id(), item.outputName());
        if (item.isFailed()) {
            return failure(seq, ref, item.failure().type(), item.failure().message(), item.bytes());
        }
        MeetingRecord record;
        try {
            record = extractor.extract(item.source()).record();
        } catch (ModelException e) {
            throw e;
        } catch (HuiyiException e) {
            return failure(seq, ref, e.getClass().getSimpleName(), e.getMessage(), item.bytes());
        } catch (UncheckedIOException e) {
            return failure(seq, ref, "IOException", e.getMessage(), item.bytes());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug on one document must not lose the others: record it and go on
            return failure(seq, ref, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), item.bytes());
        } catch (OutOfMemoryError e) {
            // all that this document allocated is garbage once we are out of its extraction: the heap is whole
            // again for the others, so it becomes its own error line instead of ending the run
            return failure(seq, ref, "OutOfMemoryError", "the heap ran out on this document (" + item.bytes()
                    + " bytes): give the JVM more (-Xmx), fewer --threads, or a lower --max-chars", item.bytes());
        }
        Outcome.Status status = record.warnings().isEmpty() ? Outcome.Status.OK : Outcome.Status.WARNINGS;
        long chars = record.source() == null ? 0 : record.source().charCount();
        return new Outcome(seq, ref, status, chars, item.bytes(), writer.render(record));
    }

    Outcome failure(long seq, InputRef ref, String type, String message, long bytes) throws IOException {
        return new Outcome(seq, ref, Outcome.Status.FAILED, 0, bytes,
                writer.render(ErrorLine.of(ref.id(), type, message)));
    }
}
