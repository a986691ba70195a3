package dev.huiyi.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, point 10: an {@code --out} file is forced to disk before it is renamed into place. A crash cannot be
 * staged portably, so the test watches the writer's sync seam: it is asked once per file, with the whole content
 * in the temporary file and the target not there yet; and a sync that fails leaves no target at all.
 */
class JsonFilesWriterSyncTest {
    private static final String JSON = "{\"title\":\"全市安全生产工作会议\"}";

    @Test
    void eachFileIsForcedWholeBeforeItsRename(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a.json");
        List<String> seen = new ArrayList<>();
        JsonFilesWriter writer = new JsonFilesWriter(dir, channel -> {
            seen.add("size " + channel.size() + ", target there: " + Files.exists(target));
            channel.force(true);
        });

        writer.write(new InputRef("a.txt", "a.json"), JSON);

        assertThat(seen).containsExactly("size " + JSON.getBytes(StandardCharsets.UTF_8).length
                + ", target there: false");
        assertThat(Files.readString(target)).isEqualTo(JSON);
        assertThat(dir.resolve("a.json.tmp")).doesNotExist();
    }

    @Test
    void aFailedSyncRenamesNothing(@TempDir Path dir) throws IOException {
        JsonFilesWriter writer = new JsonFilesWriter(dir, channel -> {
            throw new IOException("disk gone");
        });

        assertThatThrownBy(() -> writer.write(new InputRef("a.txt", "a.json"), JSON))
                .isInstanceOf(OutputException.class).hasMessageContaining("disk gone");
        assertThat(dir.resolve("a.json")).doesNotExist();
        assertThat(dir.resolve("a.json.tmp")).doesNotExist();
    }
}
