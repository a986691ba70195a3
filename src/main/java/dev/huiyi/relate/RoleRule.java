package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;

import java.util.List;
import dev.huiyi.resources.ScanPattern;

/**
 * One line of {@code models/role/roles.tsv}: roles, how far from the person the match may start, the pattern.
 * {@code readsBefore}: the pattern opens with a look-behind, which reads the clause before the person (传达学习了…|X
 * 所作的工作报告), so it is matched with transparent bounds. {@code relaysSpeech}: a NONE rule that reads a speech made
 * elsewhere and relayed here (…的讲话精神; models/role/relayed.tsv relaying), not a byline or a greeting sent.
 */
record RoleRule(String id, List<PersonRole> roles, int maxGap, ScanPattern pattern, boolean readsBefore,
                boolean relaysSpeech) {
    /** A rule whose roles are NONE marks a person as mentioned, not present (习近平总书记重要讲话精神). */
    boolean marksMentionedOnly() {
        return roles.isEmpty();
    }
}
