package dev.huiyi.api;

import java.util.List;

/**
 * The result of one extraction: the record, the normalised text every span points into,
 * and a map from each normalised character back to its offset in the decoded input.
 */
public record Extraction(MeetingRecord record, String normalisedText, int[] inputOffsets, String inputText) {
    public Extraction {
        inputOffsets = inputOffsets.clone();
    }

    /** A copy of the map: element {@code i} is the input offset of normalised character {@code i}. */
    @Override
    public int[] inputOffsets() {
        return inputOffsets.clone();
    }

    /** Offset in the decoded input of the normalised character at {@code index}. */
    public int inputOffset(int index) {
        return inputOffsets[index];
    }

    /** The input characters a span of the normalised text came from (first to last character, inclusive). */
    public Span toInput(Span span) {
        if (span.length() == 0) {
            int at = span.start() < inputOffsets.length ? inputOffsets[span.start()] : inputText.length();
            return new Span(at, at);
        }
        return new Span(inputOffsets[span.start()], inputOffsets[span.end() - 1] + 1);
    }

    public List<String> warnings() {
        return record.warnings();
    }
}
