package dev.huiyi.io;

import java.io.Closeable;
import java.io.IOException;

/** Where a batch's outputs go, one per input. Called by one thread at a time. */
public interface RecordWriter extends Closeable {
    /** Whether outputs are rendered pretty (one document per file or on a console) or compact (JSON Lines). */
    boolean pretty();

    /** Writes one output; {@code json} is the rendered record or error object. */
    void write(InputRef input, String json) throws IOException;

    /** Renders a record or an {@link ErrorLine} as this writer wants it; thread-safe. */
    default String render(Object result) throws IOException {
        return Json.render(result, pretty());
    }
}
