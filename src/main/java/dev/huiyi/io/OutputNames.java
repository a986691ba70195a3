package dev.huiyi.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The file each input's output gets under {@code --out DIR}, unique within a run: {@code a/b/NAME.html} →
 * {@code NAME.json} (as before: directory inputs land flat), {@code x.zip!/p/NAME.html} → {@code x/p/NAME.json},
 * stdin → {@code stdin.json}; a name already taken gets {@code ~2}, {@code ~3}… in input order, so a resumed run
 * assigns the same names. Entry paths cannot climb out of DIR.
 */
public final class OutputNames {
    private final Set<String> taken = new HashSet<>();

    /** The output name of a plain file. */
    public String forFile(String fileName) {
        return claim(stripExtension(fileName));
    }

    /** The output name of an archive entry: the archive's base name as a folder, then the entry's path. */
    public String forEntry(String archiveFileName, String entryName) {
        StringBuilder path = new StringBuilder(safe(archiveBase(archiveFileName)));
        for (String part : entryName.replace('\\', '/').split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                path.append('/').append(safe(part));
            }
        }
        return claim(stripExtension(path.toString()));
    }

    private String claim(String stem) {
        String name = stem + ".json";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "~" + n + ".json";
        }
        return name;
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    private static String archiveBase(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : Archives.EXTENSIONS) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return fileName;
    }

    private static String safe(String part) {
        return part.replace(':', '_').replace('\0', '_');
    }
}
