package dev.huiyi.relate;

import dev.huiyi.api.Span;

/** A role rule that fired for someone, where, and the speech type it read (or null). */
record RoleMatch(RoleRule rule, Span span, String speechType) {
}
