package dev.huiyi.relate;

import dev.huiyi.api.UnitRole;

import dev.huiyi.resources.ScanPattern;

/**
 * One line of {@code models/role/unit_triggers.tsv}: what follows a list of units, and the role it gives (null: read
 * the role rules), with the role to give when no role rule follows (null: none, the list is no unit's mention).
 */
record UnitTrigger(String id, UnitRole role, UnitRole fallback, ScanPattern pattern) {
}
