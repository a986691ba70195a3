package dev.huiyi.relate;

import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;
import dev.huiyi.api.UnitRole;

import java.util.List;

/** One organisation with the roles the report gives it. */
public record UnitFacts(String name, UnitKind kind, List<UnitRole> roles, List<Span> mentions) {
    public UnitFacts {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
