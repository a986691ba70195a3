package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;

import java.util.List;
import dev.huiyi.resources.ScanPattern;

/** One line of {@code models/role/roles.tsv}: roles, how far from the person the match may start, the pattern. */
record RoleRule(String id, List<PersonRole> roles, int maxGap, ScanPattern pattern) {
    /** A rule whose roles are NONE marks a person as mentioned, not present (习近平总书记重要讲话精神). */
    boolean marksMentionedOnly() {
        return roles.isEmpty();
    }
}
