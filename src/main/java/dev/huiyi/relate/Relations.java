package dev.huiyi.relate;

import dev.huiyi.api.KeyPoint;

import java.util.List;

/** What the relate stage adds: people with titles and roles, units in roles, key points, meeting facts. */
public record Relations(List<PersonFacts> people, List<UnitFacts> units, List<KeyPoint> keyPoints,
                        MeetingFacts facts, boolean isMeeting) {
    public Relations {
        people = List.copyOf(people);
        units = List.copyOf(units);
        keyPoints = List.copyOf(keyPoints);
    }
}
