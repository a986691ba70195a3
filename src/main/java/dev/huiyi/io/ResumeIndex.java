package dev.huiyi.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** What an earlier, interrupted run already wrote ({@code --resume}): those inputs are skipped. */
public final class ResumeIndex {
    private ResumeIndex() {
    }

    /**
     * The source ids that have a whole line in a JSON Lines file (a record's {@code source.id} or an error's
     * {@code source}). A torn last line, left by a kill in mid-write, is cut off so appending starts clean.
     */
    public static Set<String> jsonLinesIds(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        cutTornTail(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String id = sourceId(line);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * Inputs whose output file under {@code dir} (or its fallback place) is a JSON object naming that input. An
     * empty, truncated or foreign file (a crash before this writer forced its files to disk, another tool) is not
     * trusted: its input is extracted again.
     */
    public static Predicate<InputRef> existingFiles(JsonFilesWriter writer) {
        return ref -> ref.outputName() != null
                && (names(writer.target(ref.outputName()), ref.id()) || names(writer.fallback(ref.outputName()), ref.id()));
    }

    private static boolean names(Path file, String id) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return id.equals(sourceId(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return false;
        }
    }

    private static String sourceId(String line) {
        try {
            JsonNode source = Json.mapper().readTree(line).get("source");
            if (source == null) {
                return null;
            }
            return source.isObject() ? source.path("id").asText(null) : source.asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void cutTornTail(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long keep = end;
            while (keep > 0) {
                raf.seek(keep - 1);
                if (raf.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                raf.setLength(keep);
            }
        }
    }
}
