package dev.huiyi.tools.eval;

import dev.huiyi.api.Span;

/** A gold key point found with the wrong speaker: the gold text, both speakers, and the predicted point's span. */
public record SpeakerMismatch(String text, String goldSpeaker, String predictedSpeaker, Span span) {
}
