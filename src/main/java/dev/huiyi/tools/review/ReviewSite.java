package dev.huiyi.tools.review;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folder: a page per report at the relative name the batch's {@code OutputNames} gave it (with
 * {@code .html} for {@code .json}, so the folder mirrors the inputs as {@code extract --out} does), and
 * {@code index.html} at the top once every report is in.
 */
public final class ReviewSite {
    public static final String INDEX = "index.html";

    private final Path dir;
    private final List<IndexRow> rows = new ArrayList<>();

    public ReviewSite(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes one report's page.
     *
     * @param outputName the report's output name ({@code a/b.json}), unique in the run
     * @return the page written
     */
    public Path add(ReviewedReport report, String outputName) throws IOException {
        String href = outputName.replaceFirst("\\.json$", "") + ".html";
        String up = "../".repeat((int) href.chars().filter(c -> c == '/').count());
        Path page = dir.resolve(href);
        write(page, ReviewPage.render(report, link(up + INDEX)));
        rows.add(IndexRow.of(report, link(href)));
        return page;
    }

    /** A report that yielded no record: a row in the index with its error, and no page. */
    public void failed(String id, String error) {
        rows.add(IndexRow.failed(id, error));
    }

    /** Writes the index of everything added. */
    public Path finish() throws IOException {
        Path index = dir.resolve(INDEX);
        write(index, IndexPage.render(rows));
        return index;
    }

    public int pages() {
        return (int) rows.stream().filter(r -> r.href() != null).count();
    }

    public int failures() {
        return rows.size() - pages();
    }

    /**
     * A relative path as a link: {@code #}, {@code ?}, {@code %} and spaces in file names percent-encoded, and a
     * leading {@code ./} so that a first part with a colon ({@code a:b.html}) is not read as a scheme.
     */
    static String link(String relativePath) {
        try {
            return new URI(null, null, "./" + relativePath, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a relative path: " + relativePath, e);
        }
    }

    private static void write(Path file, String html) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
