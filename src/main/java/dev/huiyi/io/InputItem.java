package dev.huiyi.io;

import dev.huiyi.api.Source;

/**
 * One input of a batch: its id ({@code dir/a.html}, {@code a.zip!/x/b.html}, {@code stdin}), the relative file name
 * its output gets under {@code --out} (null when outputs are not files), and either the source read within the
 * size cap or the failure that stopped reading it.
 */
public record InputItem(String id, String outputName, Source source, ErrorLine.Detail failure, long bytes) {

    static InputItem read(String id, String outputName, Source source) {
        return new InputItem(id, outputName, source, null, source.size());
    }

    static InputItem failed(String id, String outputName, String type, String message, long bytes) {
        return new InputItem(id, outputName, null, new ErrorLine.Detail(type, message), bytes);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
