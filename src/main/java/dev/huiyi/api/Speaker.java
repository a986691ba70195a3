package dev.huiyi.api;

import java.util.List;

/**
 * A person who spoke, the report's own word for the speech, and that speaker's key points.
 *
 * @param name        the name as written
 * @param titles      titles as written, in the order written
 * @param affiliation the unit named in or implied by the title, or null
 * @param speechType  the report's own word for the speech ({@code 讲话}, {@code 专题报告}, {@code 致辞}), or null
 * @param keyPoints   what this speaker stressed, the same values as in the record's {@code keyPoints}
 * @param mentions    every place the speaker is named
 */
public record Speaker(String name, List<String> titles, String affiliation, String speechType,
                      List<KeyPoint> keyPoints, List<Span> mentions) {
    /**
     * Lists given as null become empty, and every list is an unmodifiable copy.
     *
     * @param name        the name as written
     * @param titles      titles as written, in the order written
     * @param affiliation the unit named in or implied by the title, or null
     * @param speechType  the report's own word for the speech ({@code 讲话}, {@code 专题报告}, {@code 致辞}), or null
     * @param keyPoints   what this speaker stressed, the same values as in the record's {@code keyPoints}
     * @param mentions    every place the speaker is named
     */
    public Speaker {
        titles = List.copyOf(titles == null ? List.of() : titles);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
