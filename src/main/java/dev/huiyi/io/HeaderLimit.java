package dev.huiyi.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes an archive reader takes from the stream while it reads one entry's headers, and stops it past
 * a limit. commons-compress reads a tar's GNU long name or PAX header whole into memory before it returns the
 * entry, so a header that claims a gigabyte would be held in memory before any of our caps saw a byte.
 */
final class HeaderLimit extends FilterInputStream {
    /** Far above any real header (names are at most a few KB, PAX records of xattrs and ACLs some KB more). */
    static final int MAX_HEADER_BYTES = 1024 * 1024;

    private long count;
    private long limit = Long.MAX_VALUE;
    private long start;

    /** Thrown when one entry's headers are longer than {@link #MAX_HEADER_BYTES}. */
    static final class HeaderTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        HeaderTooLarge() {
            super("an entry header is larger than " + MAX_HEADER_BYTES + " bytes");
        }
    }

    HeaderLimit(InputStream in) {
        super(in);
    }

    /** The reader is about to read the next entry's headers. */
    void startHeader() {
        start = count;
        limit = count + MAX_HEADER_BYTES;
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
            throw new HeaderTooLarge();
        }
    }
}
