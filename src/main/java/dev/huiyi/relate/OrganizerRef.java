package dev.huiyi.relate;

import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;

/** An organiser: its name (a self-reference such as 学校 already resolved to the full name), kind and where it is said. */
public record OrganizerRef(String name, UnitKind kind, Span span) {
}
