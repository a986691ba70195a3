package dev.huiyi.api;

import java.util.List;

/** An organisation as written, its broad kind, its roles and its mentions. */
public record Unit(String name, UnitKind kind, List<UnitRole> roles, List<Span> mentions) {
    public Unit {
        roles = List.copyOf(roles == null ? List.of() : roles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }
}
