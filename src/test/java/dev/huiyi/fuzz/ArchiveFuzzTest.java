package dev.huiyi.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputWalker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch layer's archive readers over any bytes given as a {@code .zip}, a {@code .tar.gz} or a {@code .tar}.
 * The contract: walking the archive never throws; it gives entries read within the size cap, all together within
 * the archive's budget, and at most one error line for the archive itself, as its last item; an entry it cannot
 * read is an error line of its own. Replays {@code ArchiveFuzzTestInputs/} in {@code mvn verify} (seeds made by
 * {@link ArchiveSeeds}); fuzzes with {@code JAZZER_FUZZ=1} (README).
 */
class ArchiveFuzzTest {
    private static final int MAX_BYTES = 64 * 1024;
    private static final long MAX_ARCHIVE_BYTES = 1024 * 1024;
    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "60s")
    void anyZip(byte[] data) {
        check("fuzz.zip", data);
    }

    @FuzzTest(maxDuration = "60s")
    void anyTarGz(byte[] data) {
        check("fuzz.tar.gz", data);
    }

    /** Uncompressed, so that the fuzzer's mutations reach the tar headers (a .tar.gz mostly fails its CRC). */
    @FuzzTest(maxDuration = "60s")
    void anyTar(byte[] data) {
        check("fuzz.tar", data);
    }

    private static void check(String name, byte[] data) {
        Path archive = DIR.resolve(name);
        List<InputItem> items = new ArrayList<>();
        try {
            Files.write(archive, data);
            InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(), MAX_BYTES,
                    MAX_ARCHIVE_BYTES, null, ref -> false, InputStream.nullInputStream());
            try (InputWalker walker = new InputWalker(List.of(archive.toString()), settings)) {
                walker.forEachRemaining(items::add);
            }
            Files.delete(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a read-only stream: not the reader's contract
        }
        long read = 0;
        for (int i = 0; i < items.size(); i++) {
            InputItem item = items.get(i);
            if (item.id().equals(archive.toString())) {
                assertThat(item.isFailed()).isTrue();
                assertThat(i).as("the archive's own error line is its last item").isEqualTo(items.size() - 1);
            } else {
                assertThat(item.id()).startsWith(archive + "!/");
            }
            if (!item.isFailed()) {
                assertThat(item.source().bytes().length).isLessThanOrEqualTo(MAX_BYTES);
                read += item.source().bytes().length;
            }
        }
        assertThat(read).isLessThanOrEqualTo(MAX_ARCHIVE_BYTES);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("huiyi-archive-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
