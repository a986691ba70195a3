package dev.huiyi.spark;

import dev.huiyi.MeetingExtractor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One extractor per executor JVM and settings, built by the first task that needs it and shared by all the tasks
 * after it: loading the models takes a second or more, a document takes milliseconds, and the extractor is
 * thread-safe. Tasks that arrive while it is built wait for it instead of building their own.
 */
final class SharedExtractors {
    private static final Map<ExtractorSettings, MeetingExtractor> BUILT = new ConcurrentHashMap<>();

    private SharedExtractors() {
    }

    static MeetingExtractor get(ExtractorSettings settings) {
        return BUILT.computeIfAbsent(settings, ExtractorSettings::build);
    }
}
