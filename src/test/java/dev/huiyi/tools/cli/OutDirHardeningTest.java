package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** --out never writes outside DIR, and no entry name stops the run or leaves a temporary file. */
class OutDirHardeningTest {
    private static final byte[] REPORT = "科技部召开座谈会。李萌主持会议。".getBytes(StandardCharsets.UTF_8);

    @Test
    void anArchiveNamedWithDotsStaysInsideOut(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path zip = zip(in.resolve("...zip"), Map.of("a.txt", REPORT));
        Path tarGz = in.resolve("...tar.gz");
        try (dev.huiyi.io.ArchiveWriter w = new dev.huiyi.io.ArchiveWriter(tarGz)) {
            w.add("b.txt", REPORT);
        }
        Path out = tmp.resolve("work/out");

        int code = Main.run("extract", "--out", out.toString(), zip.toString(), tarGz.toString());

        assertThat(code).isZero();
        assertThat(files(tmp)).allMatch(p -> p.startsWith(out) || p.startsWith(in));
        assertThat(files(out)).hasSize(2);
    }

    @Test
    void aFileBesideAFolderOfTheSameOutputNameAndAnOverlongNameBothGetOutputs(@TempDir Path tmp) throws IOException {
        String longName = "长".repeat(80) + ".txt"; // 243 bytes: NAME.json.tmp would be 253 + bytes over 255
        Path zip = zip(tmp.resolve("x.zip"), Map.of("a.txt", REPORT, "a.json/b.txt", REPORT, longName, REPORT,
                "d/" + "n".repeat(251) + ".txt", REPORT));
        Path out = tmp.resolve("out");

        int code = Main.run("extract", "--ordered", "--out", out.toString(), zip.toString());

        assertThat(code).isZero();
        List<Path> written = files(out);
        assertThat(written).hasSize(4).noneMatch(p -> p.toString().endsWith(".tmp"));
        assertThat(written.stream().map(p -> sourceId(p))).containsExactlyInAnyOrder(
                zip + "!/a.txt", zip + "!/a.json/b.txt", zip + "!/" + longName, zip + "!/d/" + "n".repeat(251) + ".txt");
        // deterministic: a second run with --resume finds every output and writes nothing new
        assertThat(Main.run("extract", "--resume", "--out", out.toString(), zip.toString())).isZero();
        assertThat(files(out)).hasSize(4);
    }

    @Test
    void aNameTakenOnDiskByAFolderGoesToTheFallbackPlaceAndResumeFindsIt(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.txt"), REPORT);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("a.json/left-by-another-tool"));

        assertThat(Main.run("extract", "--out", out.toString(), in.toString())).isZero();

        List<Path> written = files(out.resolve("_unwritable"));
        assertThat(written).hasSize(1);
        assertThat(sourceId(written.get(0))).isEqualTo(in.resolve("a.txt").toString());
        assertThat(files(out)).hasSize(1).noneMatch(p -> p.toString().endsWith(".tmp"));
        long before = Files.getLastModifiedTime(written.get(0)).toMillis();
        assertThat(Main.run("extract", "--resume", "--out", out.toString(), in.toString())).isZero();
        assertThat(Files.getLastModifiedTime(written.get(0)).toMillis()).isEqualTo(before);
    }

    @Test
    void resumeExtractsAgainWhatIsEmptyOrTruncated(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.txt"), REPORT);
        Files.write(in.resolve("b.txt"), REPORT);
        Path out = tmp.resolve("out");
        assertThat(Main.run("extract", "--out", out.toString(), in.toString())).isZero();
        Files.write(out.resolve("a.json"), new byte[0]);
        String b = Files.readString(out.resolve("b.json"));
        Files.writeString(out.resolve("b.json"), b.substring(0, b.length() / 2));

        assertThat(Main.run("extract", "--resume", "--out", out.toString(), in.toString())).isZero();

        assertThat(sourceId(out.resolve("a.json"))).endsWith("a.txt");
        assertThat(sourceId(out.resolve("b.json"))).endsWith("b.txt");
    }

    private static String sourceId(Path file) {
        try {
            JsonNode source = Json.reader().readTree(java.nio.file.Files.readString(file)).get("source");
            return source.isObject() ? source.get("id").asText() : source.asText();
        } catch (IOException e) {
            throw new AssertionError(file + " is not whole JSON", e);
        }
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
