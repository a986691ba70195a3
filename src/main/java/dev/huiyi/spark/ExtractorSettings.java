package dev.huiyi.spark;

import dev.huiyi.MeetingExtractor;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the executors' extractor is built: the caps and time budget of {@code huiyi extract}, with the same defaults,
 * and the user's lexicons. Shipped to the executors with each task; equal settings share one extractor per JVM.
 *
 * @param maxBytes      size cap of one document
 * @param maxChars      cap on one normalised text
 * @param timeoutMillis time budget of one document; past it the document becomes a TimeoutException row
 * @param includeText   whether records carry the normalised text
 * @param models        the user's lexicons, or null for the bundled ones only
 */
public record ExtractorSettings(int maxBytes, int maxChars, long timeoutMillis, boolean includeText,
                                UserModels models) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The CLI's {@code --timeout-ms} default. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    public ExtractorSettings {
        if (maxBytes < 1 || maxChars < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("maxBytes, maxChars and timeoutMillis must be positive");
        }
    }

    /** The CLI's defaults: 10 MiB, 2,000,000 characters, 10 s, no text, bundled models. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(MeetingExtractor.DEFAULT_MAX_BYTES, MeetingExtractor.DEFAULT_MAX_CHARS,
                DEFAULT_TIMEOUT_MILLIS, false, null);
    }

    public ExtractorSettings withMaxBytes(int bytes) {
        return new ExtractorSettings(bytes, maxChars, timeoutMillis, includeText, models);
    }

    public ExtractorSettings withMaxChars(int chars) {
        return new ExtractorSettings(maxBytes, chars, timeoutMillis, includeText, models);
    }

    public ExtractorSettings withTimeout(Duration timeout) {
        return new ExtractorSettings(maxBytes, maxChars, timeout.toMillis(), includeText, models);
    }

    public ExtractorSettings withIncludeText(boolean include) {
        return new ExtractorSettings(maxBytes, maxChars, timeoutMillis, include, models);
    }

    public ExtractorSettings withModels(UserModels userModels) {
        return new ExtractorSettings(maxBytes, maxChars, timeoutMillis, includeText, userModels);
    }

    /** Builds the extractor these settings describe (on an executor: see {@link SharedExtractors}). */
    MeetingExtractor build() {
        MeetingExtractor.Builder builder = MeetingExtractor.builder().maxBytes(maxBytes).maxChars(maxChars)
                .includeText(includeText).timeout(Duration.ofMillis(timeoutMillis));
        return models == null ? builder.build() : builder.userModels(models.localDirectory()).build();
    }
}
