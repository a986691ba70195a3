package dev.huiyi.io;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;

/**
 * Which files found in directories and archives are reports: {@code --include} / {@code --exclude} globs, matched
 * case-insensitively against the file name, or against the path below the directory or archive root when the
 * pattern contains a {@code /}.
 */
public final class InputFilter {
    /**
     * Reports by default: plain text and web pages ({@code .shtml} is the most common page of government portals;
     * whether a page is HTML or text is decided by its content where the name does not say).
     */
    public static final List<String> DEFAULT_INCLUDE = List.of("*.txt", "*.htm", "*.html", "*.shtml", "*.xhtml", "*.xml");

    private final List<Glob> include;
    private final List<Glob> exclude;

    private InputFilter(List<Glob> include, List<Glob> exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    public static InputFilter defaults() {
        return of(DEFAULT_INCLUDE, List.of());
    }

    /** Globs such as {@code *.html} or {@code 2021/**}{@code .txt}; an empty include list means the default. */
    public static InputFilter of(List<String> include, List<String> exclude) {
        List<String> in = include == null || include.isEmpty() ? DEFAULT_INCLUDE : include;
        return new InputFilter(globs(in), globs(exclude == null ? List.of() : exclude));
    }

    /** Whether the file at {@code relativePath} ({@code /}-separated, below a directory or archive root) is taken. */
    public boolean accepts(String relativePath) {
        return takes(relativePath, false);
    }

    /**
     * Whether a file found in a directory is taken: a report the globs accept, or an archive that
     * {@code --exclude} does not name (opened like one given on the command line, its entries filtered in turn).
     */
    public boolean acceptsInDirectory(String relativePath) {
        return takes(relativePath, Archives.isArchive(relativePath));
    }

    private boolean takes(String relativePath, boolean included) {
        String path = relativePath.replace('\\', '/').toLowerCase(Locale.ROOT);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return (included || include.stream().anyMatch(g -> g.matches(path, name)))
                && exclude.stream().noneMatch(g -> g.matches(path, name));
    }

    private static List<Glob> globs(List<String> patterns) {
        return patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Glob::new).toList();
    }

    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean wholePath;

        Glob(String pattern) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + lower);
            this.wholePath = lower.contains("/");
        }

        boolean matches(String path, String name) {
            try {
                return matcher.matches(Path.of(wholePath ? path : name));
            } catch (InvalidPathException e) {
                return false;
            }
        }
    }
}
