package dev.huiyi.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What an earlier, interrupted run already wrote ({@code --resume}): those inputs are skipped. */
public final class ResumeIndex {
    private ResumeIndex() {
    }

    /**
     * The source ids that have a whole line in a JSON Lines file (a record's {@code source.id} or an error's
     * {@code source}). A torn last line, left by a kill in mid-write, is cut off so appending starts clean. A line
     * that is not UTF-8 JSON naming a source is reported to {@code warn} (with its line number) and counts for
     * nothing, so its input is extracted again.
     */
    public static Set<String> jsonLinesIds(Path file, Consumer<String> warn) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        cutTornTail(file);
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                number++;
                String id = sourceId(decode(line.toByteArray()));
                line.reset();
                if (id == null) {
                    warn.accept(file + ":" + number + ": not a JSON line naming its source; ignored, its input"
                            + " is extracted again");
                } else {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The line as UTF-8, or null when it is not (a strict decoder: a replaced byte could fake an id). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
        if (line == null) {
            return null;
        }
        try {
            JsonNode source = Json.reader().readTree(line).get("source");
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
