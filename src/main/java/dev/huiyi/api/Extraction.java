package dev.huiyi.api;

import java.util.List;

/**
 * The result of one extraction: the record, the normalised text every span points into,
 * and a map from each normalised character back to its offset in the decoded input.
 *
 * @param record         the record
 * @param normalisedText the text every span of the record points into
 * @param inputOffsets   for each normalised character, its offset in {@code inputText} (copied in and out)
 * @param inputText      the decoded input (markup and page chrome still in)
 */
public record Extraction(MeetingRecord record, String normalisedText, int[] inputOffsets, String inputText) {
    /**
     * Keeps a copy of the offsets, so that the caller's array can change without changing this value.
     *
     * @param record         the record
     * @param normalisedText the text every span of the record points into
     * @param inputOffsets   for each normalised character, its offset in {@code inputText} (copied in and out)
     * @param inputText      the decoded input (markup and page chrome still in)
     */
    public Extraction {
        inputOffsets = inputOffsets.clone();
    }

    /**
     * The map back to the input.
     *
     * @return a copy: element {@code i} is the input offset of normalised character {@code i}
     */
    @Override
    public int[] inputOffsets() {
        return inputOffsets.clone();
    }

    /**
     * Where one normalised character came from.
     *
     * @param index a position in {@link #normalisedText()}
     * @return its offset in {@link #inputText()}
     */
    public int inputOffset(int index) {
        return inputOffsets[index];
    }

    /**
     * The input characters a span of the normalised text came from (its first to its last character).
     *
     * @param span a span of the normalised text
     * @return the span of {@link #inputText()} from its first character's origin to just after its last one's
     */
    public Span toInput(Span span) {
        if (span.length() == 0) {
            int at = span.start() < inputOffsets.length ? inputOffsets[span.start()] : inputText.length();
            return new Span(at, at);
        }
        return new Span(inputOffsets[span.start()], inputOffsets[span.end() - 1] + 1);
    }

    /**
     * The record's warnings.
     *
     * @return what the extractor could not do or doubts ({@code not a meeting report}, …)
     */
    public List<String> warnings() {
        return record.warnings();
    }
}
