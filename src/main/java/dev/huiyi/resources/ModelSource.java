package dev.huiyi.resources;

import dev.huiyi.api.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where lexicons and rules come from: the bundled {@code models/} on the classpath, optionally
 * overlaid by a user directory of the same layout whose files add to the bundled ones.
 */
public final class ModelSource {
    private static final String BUNDLED_ROOT = "models/";
    private final Path userDir;

    private ModelSource(Path userDir) {
        this.userDir = userDir;
    }

    public static ModelSource bundled() {
        return new ModelSource(null);
    }

    /** Bundled models plus the user's files from {@code userDir} (same relative paths). */
    public static ModelSource withUserDir(Path userDir) {
        if (!Files.isDirectory(userDir)) {
            throw new ModelException("user model directory does not exist: " + userDir);
        }
        return new ModelSource(userDir);
    }

    /** The bundled file {@code relativePath} (required), then the user's file of that name if present. */
    public List<TextFile> read(String relativePath) {
        List<TextFile> files = new ArrayList<>();
        files.add(readBundled(relativePath).orElseThrow(
                () -> new ModelException("models/" + relativePath + ": bundled model file missing")));
        readUser(relativePath).ifPresent(files::add);
        return files;
    }

    /** Like {@link #read} but the bundled file may be absent. */
    public List<TextFile> readOptional(String relativePath) {
        List<TextFile> files = new ArrayList<>();
        readBundled(relativePath).ifPresent(files::add);
        readUser(relativePath).ifPresent(files::add);
        return files;
    }

    private Optional<TextFile> readBundled(String relativePath) {
        String name = BUNDLED_ROOT + relativePath;
        try (InputStream in = ModelSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new TextFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ModelException(name + ": cannot read", e);
        }
    }

    private Optional<TextFile> readUser(String relativePath) {
        if (userDir == null) {
            return Optional.empty();
        }
        Path file = userDir.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TextFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read", e);
        }
    }
}
