package dev.huiyi.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zip of many reports with long names has a central directory of more than a megabyte (the header limit): the
 * reader skips it after the last entry, which is no entry header over the limit. Every entry is converted and the
 * archive ends without an error line (CI found this when samples/ passed ten thousand reports in the Spark IT's zip).
 */
class ZipCentralDirectoryTest {
    private static final int ENTRIES = 9_000;

    @Test
    void aCentralDirectoryOverTheHeaderLimitEndsTheArchiveWithoutAnError(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("reports.zip");
        byte[] report = "科技部召开座谈会。".getBytes(StandardCharsets.UTF_8);
        String longName = "_sichuan_sheng_shuiliting_quansheng_shuili_gongzuo_huiyi_ji_dangfeng_lianzheng_jianshe"
                + "_gongzuo_huiyi.txt";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (int i = 0; i < ENTRIES; i++) {
                out.putNextEntry(new ZipEntry(String.format("%05d", i) + longName));
                out.write(report);
                out.closeEntry();
            }
        }
        long centralDirectory = (long) ENTRIES * (46 + 5 + longName.length());
        assertThat(centralDirectory).isGreaterThan(HeaderLimit.MAX_HEADER_BYTES);

        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(), 1024 * 1024, 1L << 33,
                null, ref -> false, InputStream.nullInputStream());
        List<InputItem> items = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of(archive.toString()), settings)) {
            walker.forEachRemaining(items::add);
        }

        assertThat(items).hasSize(ENTRIES);
        assertThat(items).noneMatch(InputItem::isFailed);
        assertThat(items.get(ENTRIES - 1).id()).endsWith("!/0" + (ENTRIES - 1) + longName);
    }
}
