package dev.huiyi.io;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tar.gz whose GNU long-name or PAX header claims 1 GiB: commons-compress would read the whole header into memory
 * before returning the entry. The header is cut off at the header limit and the archive ends with one error line;
 * the entry before it stays converted. (The file holds 16 MiB of the header, gzip makes that a few KB.)
 */
class TarHeaderBombTest {
    private static final long CLAIMED = 1L << 30;
    private static final int PRESENT = 16 * 1024 * 1024;

    @Test
    void aGnuLongNameOfAGigabyteEndsItsArchiveWithAClearError(@TempDir Path tmp) throws IOException {
        assertHeaderBombStopsEarly(tmp.resolve("longname.tar.gz"), TarConstants.LF_GNUTYPE_LONGNAME);
    }

    @Test
    void aPaxHeaderOfAGigabyteEndsItsArchiveWithAClearError(@TempDir Path tmp) throws IOException {
        assertHeaderBombStopsEarly(tmp.resolve("pax.tar.gz"), TarConstants.LF_PAX_EXTENDED_HEADER_LC);
    }

    private static void assertHeaderBombStopsEarly(Path archive, byte type) throws IOException {
        byte[] report = "科技部召开座谈会。".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(archive))) {
            writeEntry(out, new TarArchiveEntry("good.txt"), report);
            TarArchiveEntry bomb = new TarArchiveEntry(type == TarConstants.LF_GNUTYPE_LONGNAME
                    ? TarConstants.GNU_LONGLINK : "PaxHeaders/x", type);
            bomb.setSize(CLAIMED);
            out.write(header(bomb));
            byte[] chunk = (type == TarConstants.LF_GNUTYPE_LONGNAME ? "a" : "9").repeat(64 * 1024)
                    .getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < PRESENT; written += chunk.length) {
                out.write(chunk);
            }
        }
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(), 1024 * 1024, 1L << 33,
                null, ref -> false, InputStream.nullInputStream());
        List<InputItem> items = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of(archive.toString()), settings)) {
            walker.forEachRemaining(items::add);
        }

        assertThat(items).hasSize(2);
        assertThat(items.get(0).id()).endsWith("!/good.txt");
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(1).id()).isEqualTo(archive.toString());
        assertThat(items.get(1).failure().type()).isEqualTo("InputException");
        assertThat(items.get(1).failure().message())
                .contains("good.txt", "header is larger than " + HeaderLimit.MAX_HEADER_BYTES + " bytes");
    }

    private static void writeEntry(OutputStream out, TarArchiveEntry entry, byte[] content) throws IOException {
        entry.setSize(content.length);
        out.write(header(entry));
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
    }

    private static byte[] header(TarArchiveEntry entry) {
        byte[] header = new byte[512];
        entry.writeEntryHeader(header);
        return header;
    }
}
