package dev.huiyi.api;

import java.util.Locale;

/** How the raw input was laid out before normalisation. */
public enum SourceFormat {
    /** Plain text (stray tags such as {@code <p>} are still stripped). */
    TEXT,
    /** An HTML page: markup and page chrome are removed. */
    HTML;

    /**
     * The format a file name promises: {@link #HTML} for {@code .html}, {@code .htm}, {@code .shtml} and
     * {@code .xhtml}; null for any other name, whose content then decides.
     *
     * @param fileName a file name or path
     * @return {@link #HTML} or null
     */
    public static SourceFormat byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        // .xhtml pages open with an XML declaration, which content sniffing does not take for HTML
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".shtml")
                || lower.endsWith(".xhtml") ? HTML : null;
    }
}
