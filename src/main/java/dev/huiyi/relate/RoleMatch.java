package dev.huiyi.relate;

import dev.huiyi.api.Span;

/**
 * A role rule that fired for someone, where, and the speech type it read (or null). {@code procedural}: the type is a
 * chair's procedure (宣布…开幕, role/procedures.tsv), which makes a speaker of anyone but the meeting's host.
 */
record RoleMatch(RoleRule rule, Span span, String speechType, boolean procedural) {
}
