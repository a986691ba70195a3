package dev.huiyi.tools.eval;

import java.util.List;

/** Key points of one report: the set score, speaker attribution on the found ones, and the wrong attributions. */
public record KeyPointScore(FieldScore points, ExactCounts speaker, List<SpeakerMismatch> mismatches) {
    public KeyPointScore {
        mismatches = List.copyOf(mismatches);
    }
}
