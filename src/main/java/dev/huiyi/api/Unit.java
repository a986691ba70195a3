package dev.huiyi.api;

import java.util.List;

/**
 * An organisation as written, its broad kind, its roles and its mentions.
 *
 * @param name     the name as written ({@code 北京市科委})
 * @param kind     its broad kind, or null
 * @param roles    the parts it took in the meeting
 * @param mentions every place it is named
 */
public record Unit(String name, UnitKind kind, List<UnitRole> roles, List<Span> mentions) {
    /**
     * Lists given as null become empty, and every list is an unmodifiable copy.
     *
     * @param name     the name as written ({@code 北京市科委})
     * @param kind     its broad kind, or null
     * @param roles    the parts it took in the meeting
     * @param mentions every place it is named
     */
    public Unit {
        roles = List.copyOf(roles == null ? List.of() : roles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
