package dev.huiyi.batch;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import dev.huiyi.io.ErrorLine;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputRef;
import dev.huiyi.io.Json;
import dev.huiyi.io.RecordWriter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns one input into its outcome: the record, or an error object naming the source and the failure. Only a
 * {@link ModelException} (our data is broken) escapes: it stops the run. Public for the runners that schedule
 * documents themselves (Spark's tasks), so that a document fails the same way there as in a batch.
 */
public final class Extractions {
    /** Renders a record or an {@link ErrorLine} as the output wants it. */
    private interface Renderer {
        String render(Object result) throws IOException;
    }

    private final MeetingExtractor extractor;
    private final Renderer renderer;

    Extractions(MeetingExtractor extractor, RecordWriter writer) {
        this(extractor, writer::render);
    }

    private Extractions(MeetingExtractor extractor, Renderer renderer) {
        this.extractor = extractor;
        this.renderer = renderer;
    }

    /** Outcomes rendered as JSON Lines lines, for a caller that writes them itself. */
    public static Extractions compact(MeetingExtractor extractor) {
        return new Extractions(extractor, result -> Json.render(result, false));
    }

    /** The outcome of one input; thread-safe. */
    public Outcome extract(long seq, InputItem item) throws IOException {
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
        return new Outcome(seq, ref, status, chars, item.bytes(), renderer.render(record));
    }

    Outcome failure(long seq, InputRef ref, String type, String message, long bytes) throws IOException {
        return new Outcome(seq, ref, Outcome.Status.FAILED, 0, bytes,
                renderer.render(ErrorLine.of(ref.id(), type, message)));
    }
}
