package dev.huiyi.api;

import java.util.List;

/** A person who spoke, the report's own word for the speech, and that speaker's key points. */
public record Speaker(String name, List<String> titles, String affiliation, String speechType,
                      List<KeyPoint> keyPoints, List<Span> mentions) {
    public Speaker {
        titles = List.copyOf(titles == null ? List.of() : titles);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
