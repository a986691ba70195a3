package dev.huiyi.api;

/**
 * One piece of the normalised text a recogniser found, as {@code MeetingExtractor.mentions(source)} returns it
 * for debugging a wrong record ({@code huiyi explain}): a value copied out of the pipeline, safe to keep.
 *
 * @param type       what was recognised
 * @param span       where, in the normalised text
 * @param surface    the characters of the span
 * @param value      the normalised value (an ISO date, a unit kind), or null
 * @param provenance the rule that produced it ({@code file:line} or a rule id)
 * @param confidence how sure that rule is, from 0 to 1
 */
public record RecognisedMention(MentionType type, Span span, String surface, String value, String provenance,
                                double confidence) {
}
