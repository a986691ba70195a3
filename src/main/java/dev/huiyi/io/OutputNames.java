package dev.huiyi.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The file each input's output gets under {@code --out DIR}, unique within a run. It mirrors the input tree: a
 * file given as an argument → {@code NAME.json}; a file found under a directory argument keeps its path below that
 * directory ({@code crawl/} → {@code crawl/a/b/NAME.html} → {@code a/b/NAME.json}, so same-named files of
 * different folders keep apart); {@code x.zip!/p/NAME.html} → {@code x/p/NAME.json} (below its folder when the
 * archive was found under a directory); stdin → {@code stdin.json}. A name still taken (two directory arguments
 * with the same file) gets {@code ~2}, {@code ~3}… in input order, so a resumed run assigns the same names. Every name is writable by construction, whatever the input was called:
 * <ul>
 *   <li>no part is {@code .}, {@code ..} or empty, so nothing climbs out of DIR (an archive named {@code ...zip}
 *       has the base name {@code ..});</li>
 *   <li>a folder never ends in {@code .json} or {@code .tmp} (it gets a {@code _}), so it cannot clash with an
 *       output file or its temporary file ({@code a.txt} beside {@code a.json/b.txt});</li>
 *   <li>a part longer than {@value #MAX_PART_BYTES} UTF-8 bytes is cut and gets a short hash of the whole part,
 *       so that {@code NAME~n.json.tmp} stays under the 255 bytes file systems allow.</li>
 * </ul>
 */
public final class OutputNames {
    static final int MAX_PART_BYTES = 200;
    private static final int HASH_CHARS = 10;
    private final Set<String> taken = new HashSet<>();

    /** The output name of a file given as an argument, or of stdin. */
    public String forFile(String fileName) {
        return forFile("", fileName);
    }

    /** The output name of a file found in {@code folder} ({@code a/b}, or empty) below a directory argument. */
    public String forFile(String folder, String fileName) {
        return claim(folders(folder) + part(stripExtension(fileName)));
    }

    /** The output name of an entry of an archive given as an argument. */
    public String forEntry(String archiveFileName, String entryName) {
        return forEntry("", archiveFileName, entryName);
    }

    /**
     * The output name of an archive entry: the archive's folder below its directory argument (or empty), the
     * archive's base name as a folder, then the entry's path.
     */
    public String forEntry(String folder, String archiveFileName, String entryName) {
        StringBuilder path = new StringBuilder(folders(folder)).append(folder(archiveBase(archiveFileName)));
        String[] parts = entryName.replace('\\', '/').split("/");
        int last = parts.length - 1;
        while (last >= 0 && isNoName(parts[last])) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (!isNoName(parts[i])) {
                path.append('/').append(folder(parts[i]));
            }
        }
        path.append('/').append(part(last < 0 ? "_" : stripExtension(parts[last])));
        return claim(path.toString());
    }

    /** Each part of a relative folder made a folder name, with a trailing {@code /}; empty for none. */
    private static String folders(String folder) {
        StringBuilder path = new StringBuilder();
        for (String part : folder.replace('\\', '/').split("/")) {
            if (!isNoName(part)) {
                path.append(folder(part)).append('/');
            }
        }
        return path.toString();
    }

    private String claim(String stem) {
        String name = stem + ".json";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "~" + n + ".json";
        }
        return name;
    }

    private static boolean isNoName(String part) {
        return part.isEmpty() || part.equals(".") || part.equals("..");
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A folder part: a file's part that can never be taken for an output file or its temporary file. */
    private static String folder(String name) {
        String part = part(name);
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".tmp") ? part + "_" : part;
    }

    /** One part of a path, made writable: no separators or NUL, not a dot name, not too long. */
    private static String part(String name) {
        String part = name.replace(':', '_').replace('\0', '_').replace('/', '_');
        if (part.isEmpty() || part.chars().allMatch(c -> c == '.')) {
            part = "_" + part;
        }
        byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_PART_BYTES) {
            return part;
        }
        // deterministic: the same long name always gives the same short one, and two long names that share
        // their first bytes still differ by the hash of the whole name
        int keep = MAX_PART_BYTES - HASH_CHARS - 1;
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > keep) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return cut + "-" + hash(part);
    }

    /** A short, stable hash of a name. */
    static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
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
}
