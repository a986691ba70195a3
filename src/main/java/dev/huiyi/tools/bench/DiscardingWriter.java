package dev.huiyi.tools.bench;

import dev.huiyi.io.InputRef;
import dev.huiyi.io.RecordWriter;

/** Renders every output as JSON Lines would and throws it away: the whole pipeline without the disk. */
final class DiscardingWriter implements RecordWriter {
    @Override
    public boolean pretty() {
        return false;
    }

    @Override
    public void write(InputRef input, String json) {
        // measured work ends with rendering
    }

    @Override
    public void close() {
        // nothing held
    }
}
