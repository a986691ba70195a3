package dev.huiyi.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes an archive reader takes from the stream while it reads one entry's headers, and stops it past
 * a limit. commons-compress reads a tar's GNU long name or PAX header whole into memory before it returns the
 * entry, so a header that claims a gigabyte would be held in memory before any of our caps saw a byte. It does the
 * same with the data of a zip entry STORED with a data descriptor (its size comes after it), which is then limited
 * to the document size cap, see {@link #startBufferedEntry}.
 */
final class HeaderLimit extends FilterInputStream {
    /** Far above any real header (names are at most a few KB, PAX records of xattrs and ACLs some KB more). */
    static final int MAX_HEADER_BYTES = 1024 * 1024;

    /** Room past the size cap for what the reader takes with a buffered entry: its data descriptor, a read ahead. */
    private static final int BUFFERED_SLACK = 64 * 1024;

    private long count;
    private long limit = Long.MAX_VALUE;
    private long start;
    private String overLimit;

    /** Thrown when one entry's headers, or a buffered entry, are longer than the limit. */
    static final class HeaderTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        HeaderTooLarge(String message) {
            super(message);
        }
    }

    /** Whether an entry's headers are limited (a tar's); a zip's are bounded by its format, see {@link #forZip}. */
    private final boolean limitsHeaders;

    private HeaderLimit(InputStream in, boolean limitsHeaders) {
        super(in);
        this.limitsHeaders = limitsHeaders;
    }

    /** A guard on a tar stream: its long names and PAX headers are limited, a buffered entry too. */
    static HeaderLimit forTar(InputStream in) {
        return new HeaderLimit(in, true);
    }

    /**
     * A guard on a zip stream: only a buffered entry is limited. A zip's local header holds two 16-bit lengths, so
     * it is never near the limit; what the reader takes past the last entry is the central directory, which it skips
     * without holding it (about 100 bytes per entry: an archive of ten thousand reports has more than a megabyte of
     * it, and reading it is no header over the limit). The archive's byte budget still counts it.
     */
    static HeaderLimit forZip(InputStream in) {
        return new HeaderLimit(in, false);
    }

    /** The reader is about to read the next entry's headers. */
    void startHeader() {
        start = count;
        limit = limitsHeaders ? count + MAX_HEADER_BYTES : Long.MAX_VALUE;
        overLimit = "an entry header is larger than " + MAX_HEADER_BYTES + " bytes";
    }

    /**
     * The entry just read is held whole in memory by the reader before its first byte is returned (a zip entry STORED
     * with a data descriptor): it may take at most the document size cap from the stream. There is no way to skip
     * past such an entry without reading it, so one over the cap ends its archive.
     */
    void startBufferedEntry(int maxBytes) {
        limit = count + maxBytes + BUFFERED_SLACK;
        overLimit = "a zip entry stored with a data descriptor (read whole before its size is known) is larger than"
                + " the size cap of " + maxBytes + " bytes";
    }

    /** The entry is read; returns how many bytes its headers (and the padding before them) took. */
    long endHeader() {
        limit = Long.MAX_VALUE;
        return count - start;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws HeaderTooLarge {
        count += Math.max(0, n);
        if (count > limit) {
            throw new HeaderTooLarge(overLimit);
        }
    }
}
