package dev.huiyi.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** An archive entry whose header gives its size is read into an array of that size, and a lying header is survived. */
class CappedReaderDeclaredSizeTest {
    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        b[n - 1] = 'y';
        return b;
    }

    @Test
    void anEntryOfItsDeclaredSizeIsReadWhole() throws IOException {
        byte[] entry = bytes(200_000);
        assertThat(new CappedReader(1_000_000, Long.MAX_VALUE).read(new ByteArrayInputStream(entry), entry.length))
                .isEqualTo(entry);
    }

    @Test
    void aHeaderThatUnderstatesTheSizeStillGivesEveryByte() throws IOException {
        byte[] entry = bytes(200_000);
        assertThat(new CappedReader(1_000_000, Long.MAX_VALUE).read(new ByteArrayInputStream(entry), 1_000))
                .isEqualTo(entry);
    }

    @Test
    void aHeaderThatOverstatesTheSizeGivesOnlyTheBytesThere() throws IOException {
        byte[] entry = bytes(5_000);
        assertThat(new CappedReader(1_000_000, Long.MAX_VALUE).read(new ByteArrayInputStream(entry), 900_000))
                .isEqualTo(entry);
    }

    @Test
    void anEntryPastTheCapIsNullWhateverItsHeaderSays() throws IOException {
        byte[] entry = bytes(300_000);
        CappedReader reader = new CappedReader(100_000, Long.MAX_VALUE);
        assertThat(reader.read(new ByteArrayInputStream(entry), 1_000)).isNull();
        assertThat(reader.read(new ByteArrayInputStream(entry), entry.length)).isNull();
    }
}
