package dev.huiyi.api;

/**
 * A report after normalisation only, before any extraction: {@code text} is what a record's spans point into
 * (chrome removed, simplified, width-folded); {@code inputText} is the decoded input it came from (markup and
 * chrome still in).
 *
 * @param text      the normalised text
 * @param inputText the decoded input
 */
public record NormalisedText(String text, String inputText) {
}
