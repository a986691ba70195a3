package dev.huiyi.io;

import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Archive formats read as streams: {@code .zip}, {@code .tar.gz} / {@code .tgz}, {@code .tar}. */
final class Archives {
    static final List<String> EXTENSIONS = List.of(".tar.gz", ".tgz", ".tar", ".zip");

    private Archives() {
    }

    static boolean isArchive(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** An archive open for reading, and the guard on the stream its headers are read from. */
    record Opened(ArchiveInputStream<?> in, HeaderLimit headers) {
    }

    /**
     * Opens the archive for sequential reading; nothing is decompressed ahead of what is read. The header guard
     * sits on the decompressed side of a tar (where a long name is read) and on the file side of a zip.
     */
    static Opened open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.getFileName().toString());
    }

    /** Like {@link #open(Path)} for an archive handed over as a stream (a file on a Hadoop file system); closes it on failure. */
    static Opened open(InputStream stream, String fileName) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        InputStream in = new BufferedInputStream(stream, 64 * 1024);
        try {
            if (lower.endsWith(".zip")) {
                HeaderLimit headers = HeaderLimit.forZip(in);
                return new Opened(new ZipArchiveInputStream(headers, "UTF-8", true, true), headers);
            }
            HeaderLimit headers = HeaderLimit.forTar(lower.endsWith(".tar") ? in : new GzipCompressorInputStream(in, true));
            return new Opened(new TarArchiveInputStream(headers, "UTF-8"), headers);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
