package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.text.SpanList;

import java.util.List;

/**
 * Everything the report says about one person: titles in order, roles, speech type, mentions, and the unit the titles
 * name (null when none does).
 */
public record PersonFacts(String name, List<String> titles, List<PersonRole> roles, String speechType,
                          List<Span> mentions, String affiliation) {
    public PersonFacts {
        titles = List.copyOf(titles);
        roles = List.copyOf(roles);
        // a SpanList is unmodifiable and compact already: a copy would make an object of every span
        mentions = mentions instanceof SpanList ? mentions : List.copyOf(mentions);
    }

    public boolean present() {
        return !roles.isEmpty();
    }
}
