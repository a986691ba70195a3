package dev.huiyi.relate;

import dev.huiyi.api.Span;

/**
 * A role rule that fired for someone, where, and the speech type it read (or null). {@code procedural}: the type is a
 * chair's procedure (宣布…开幕, role/procedures.tsv), which makes a speaker of anyone but the meeting's host.
 * {@code reporting}: the type is only a verb that reports what someone said (强调, 指出: role/relayed.tsv), which is no
 * act at this meeting when all that was read of that person before is a speech relayed from another (a rule of
 * {@link RoleRule#relaysSpeech()}).
 */
record RoleMatch(RoleRule rule, Span span, String speechType, boolean procedural, boolean reporting) {
}
