package dev.huiyi.api;

import java.util.List;

/**
 * A named individual, with titles in the order written, roles (on attendees) and every mention.
 *
 * @param name        the name as written ({@code 王志刚})
 * @param titles      titles as written, in the order written ({@code 部党组书记}, {@code 部长})
 * @param affiliation the unit named in or implied by the title, or null
 * @param roles       what the person did at the meeting (on attendees)
 * @param mentions    every place the person is named
 */
public record Person(String name, List<String> titles, String affiliation, List<PersonRole> roles, List<Span> mentions) {
    /**
     * Lists given as null become empty, and every list is an unmodifiable copy.
     *
     * @param name        the name as written ({@code 王志刚})
     * @param titles      titles as written, in the order written ({@code 部党组书记}, {@code 部长})
     * @param affiliation the unit named in or implied by the title, or null
     * @param roles       what the person did at the meeting (on attendees)
     * @param mentions    every place the person is named
     */
    public Person {
        titles = List.copyOf(titles == null ? List.of() : titles);
        roles = List.copyOf(roles == null ? List.of() : roles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
