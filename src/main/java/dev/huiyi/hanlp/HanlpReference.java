package dev.huiyi.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.huiyi.api.ModelException;

/**
 * HanLP alone, as the benchmarks' reference: its standard segmenter with person, place and organisation
 * recognition and offsets on, with HanLP's bundled dictionaries only (no custom dictionary of ours, no stage of
 * ours). Stateless; a fresh {@link Segment} per call, as in {@link HanlpSegmenter}.
 */
public final class HanlpReference {
    private HanlpReference() {
    }

    /** Loads HanLP's dictionaries now, so that timing starts warm. */
    public static HanlpReference load() {
        HanlpReference reference = new HanlpReference();
        try {
            HanlpDictionaries.awaitLoaded();
            reference.segment("科技部召开座谈会。");
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new ModelException("HanLP failed to initialise: " + e, e);
        }
        return reference;
    }

    /** Segments {@code text} and returns the number of terms (so the work cannot be optimised away). */
    public int segment(String text) {
        Segment segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        return segment.seg(text).size();
    }
}
