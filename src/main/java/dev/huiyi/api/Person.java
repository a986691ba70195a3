package dev.huiyi.api;

import java.util.List;

/** A named individual, with titles in the order written, roles (on attendees) and every mention. */
public record Person(String name, List<String> titles, String affiliation, List<PersonRole> roles, List<Span> mentions) {
    public Person {
        titles = List.copyOf(titles == null ? List.of() : titles);
        roles = List.copyOf(roles == null ? List.of() : roles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
