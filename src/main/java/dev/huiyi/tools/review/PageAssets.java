package dev.huiyi.tools.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages' inline style and scripts, kept as resources beside this class so that they read as CSS and JavaScript,
 * and the Content-Security-Policy that admits exactly them.
 */
final class PageAssets {
    static final String CSS = read("review.css");
    static final String REPORT_JS = read("review.js");
    static final String INDEX_JS = read("index.js");

    private PageAssets() {
    }

    /**
     * No network at all, and only our own style and script (by hash): a page opened from disk loads nothing, and
     * markup that ever slipped past the escaping could not run a script of its own.
     */
    static String policy(String css, String js) {
        return "default-src 'none'; img-src data:; style-src '" + sha256(css) + "'; script-src '" + sha256(js) + "'";
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + PageAssets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
