package dev.huiyi.io;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes documents into a {@code .zip} or {@code .tar.gz} one at a time (for generated benchmark corpora). */
public final class ArchiveWriter implements Closeable {
    private final ZipOutputStream zip;
    private final TarArchiveOutputStream tar;

    public ArchiveWriter(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            zip = new ZipOutputStream(out);
            tar = null;
        } else if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            zip = null;
            tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out));
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        } else {
            out.close();
            throw new IllegalArgumentException("not a .zip or .tar.gz: " + file);
        }
    }

    public void add(String name, byte[] content) throws IOException {
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } else {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        } else {
            tar.close();
        }
    }
}
