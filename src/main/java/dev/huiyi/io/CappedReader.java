package dev.huiyi.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one document's bytes with the size cap, counting every byte against an archive's budget: the guard
 * against zip bombs, since no entry is read past the cap (the rest is skipped and still counted) and no archive
 * past its total.
 */
final class CappedReader {
    private final int maxBytes;
    private final long budget;
    private long used;
    private final byte[] scratch = new byte[64 * 1024];

    CappedReader(int maxBytes, long budget) {
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    /** Thrown when the archive's total budget is spent. */
    static final class BudgetExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String message) {
            super(message);
        }
    }

    /** The bytes of the stream, or null when it is longer than the cap (it is then read to its end, not kept). */
    byte[] read(InputStream in) throws IOException {
        return read(in, -1);
    }

    /**
     * As {@link #read(InputStream)}, for an archive entry whose header gives its size: an entry within the cap is
     * read into an array of that size (a growing buffer held up to three times an entry's size at once, which at
     * 9 MB an entry exhausted a 256 MB heap on the reading thread), the buffer only taking over if the header lied.
     */
    byte[] read(InputStream in, long declaredSize) throws IOException {
        byte[] bytes = declaredSize >= 0 && declaredSize <= maxBytes ? readDeclared(in, (int) declaredSize)
                : readUpToCap(in);
        if (bytes == null) {
            drain(in);
        }
        return bytes;
    }

    /**
     * The bytes of the stream, or null as soon as it is longer than the cap, reading at most the cap and one
     * buffer more: for a stream that may never end ({@code - < /dev/zero}), where there is no next entry to reach.
     */
    byte[] readUpToCap(InputStream in) throws IOException {
        return readRest(in, new ByteArrayOutputStream(8 * 1024));
    }

    /** The stream's remaining bytes after those already in {@code out}, or null once they pass the cap. */
    private byte[] readRest(InputStream in, ByteArrayOutputStream out) throws IOException {
        int n;
        while ((n = in.read(scratch)) >= 0) {
            count(n);
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(scratch, 0, n);
        }
        return out.toByteArray();
    }

    private byte[] readDeclared(InputStream in, int size) throws IOException {
        byte[] bytes = new byte[size];
        int filled = 0;
        int n;
        while (filled < size && (n = in.read(bytes, filled, size - filled)) >= 0) {
            count(n);
            filled += n;
        }
        if (filled < size) {
            return java.util.Arrays.copyOf(bytes, filled);
        }
        int more = in.read(scratch);
        if (more < 0) {
            return bytes;
        }
        count(more);
        if ((long) size + more > maxBytes) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + more);
        out.write(bytes, 0, size);
        out.write(scratch, 0, more);
        return readRest(in, out);
    }

    /** Reads the stream to its end, keeping nothing. */
    void drain(InputStream in) throws IOException {
        int n;
        while ((n = in.read(scratch)) >= 0) {
            count(n);
        }
    }

    long used() {
        return used;
    }

    int maxBytes() {
        return maxBytes;
    }

    /** Counts bytes read around the entries (headers, padding) against the archive's budget. */
    void count(long n) throws BudgetExceeded {
        used += n;
        if (used > budget) {
            throw new BudgetExceeded("more than " + budget + " bytes decompressed");
        }
    }
}
