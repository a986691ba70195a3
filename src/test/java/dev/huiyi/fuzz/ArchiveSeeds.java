package dev.huiyi.fuzz;

import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;

/**
 * Writes the seed archives of {@link ArchiveFuzzTest} (small, so each is at most a few KB). Run from the project
 * directory with the test classpath:
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt && mvn -q -o test-compile &&
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.huiyi.fuzz.ArchiveSeeds}.
 */
public final class ArchiveSeeds {
    private static final Path INPUTS = Path.of("src/test/resources/dev/huiyi/fuzz/ArchiveFuzzTestInputs");
    private static final String REPORT = "市政府召开常务会议\n5日,市长李明主持召开市政府常务会议,副市长王强出席。";
    private static final String PAGE = "<html><head><title>会议召开</title></head><body><p>5日,李明主持会议。</p></body></html>";
    // over 100 bytes: tar writes it as a GNU long name or a PAX header, the readers' bomb-prone paths
    private static final String LONG_NAME = "2024/".repeat(20) + "report.txt";

    private ArchiveSeeds() {
    }

    public static void main(String[] args) throws IOException {
        zip("anyZip/reports.zip", ZipEntry.DEFLATED);
        zip("anyZip/stored.zip", ZipEntry.STORED);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new GzipCompressorOutputStream(Files.newOutputStream(seed("anyTarGz/reports.tar.gz"))))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            entries(tar, (name, bytes) -> tarEntry(name, bytes.length));
        }
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(seed("anyTar/gnu.tar")))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            entries(tar, (name, bytes) -> tarEntry(name, bytes.length));
        }
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(seed("anyTar/pax.tar")))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            entries(tar, (name, bytes) -> tarEntry(name, bytes.length));
        }
    }

    private static void zip(String seed, int method) throws IOException {
        // a file, not a stream: a STORED entry's size and CRC are written into its header afterwards
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(seed(seed).toFile())) {
            zip.setMethod(method);
            entries(zip, (name, bytes) -> new ZipArchiveEntry(name));
        }
    }

    private interface EntryMaker<E> {
        E make(String name, byte[] content);
    }

    private static TarArchiveEntry tarEntry(String name, long size) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(size);
        return entry;
    }

    /** A report, a page, a file the filter leaves out and a report under a long name. */
    private static <E extends org.apache.commons.compress.archivers.ArchiveEntry> void entries(
            ArchiveOutputStream<E> out, EntryMaker<E> maker) throws IOException {
        String[][] files = {{"a.txt", REPORT}, {"dir/b.html", PAGE}, {"c.bin", "\u0000\u0001"}, {LONG_NAME, REPORT}};
        for (String[] file : files) {
            byte[] bytes = file[1].getBytes(StandardCharsets.UTF_8);
            out.putArchiveEntry(maker.make(file[0], bytes));
            out.write(bytes);
            out.closeArchiveEntry();
        }
    }

    private static Path seed(String name) throws IOException {
        Path path = INPUTS.resolve(name);
        Files.createDirectories(path.getParent());
        return path;
    }
}
