package dev.huiyi;

/** One extractor for the test JVM: building loads HanLP, which is the slow part. */
public final class SharedExtractor {
    private static final MeetingExtractor EXTRACTOR = MeetingExtractor.builder().build();

    private SharedExtractor() {
    }

    public static MeetingExtractor get() {
        return EXTRACTOR;
    }
}
