package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The role rules of {@code models/role/roles.tsv} and how they are applied to the text after a person. */
public final class RoleRules {
    private final List<RoleRule> rules;

    private RoleRules(List<RoleRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RoleRules load(ModelSource models) {
        List<RoleRule> rules = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("role/roles.tsv"), 4)) {
            List<PersonRole> roles = row.roles(1);
            int gap;
            try {
                gap = row.get(2).strip().equals("*") ? Integer.MAX_VALUE : Integer.parseInt(row.get(2).strip());
            } catch (NumberFormatException e) {
                throw row.error("maxGap must be a number or *");
            }
            rules.add(new RoleRule(row.get(0), roles, gap, ScanPattern.of(row.regex(3))));
        }
        return new RoleRules(rules);
    }

    /**
     * The first rule match in {@code text[from, to)}: earliest start, then longest, then file order.
     * Anchored rules ({@code ^…}) only match right at {@code from}.
     */
    Optional<RoleMatch> firstMatch(String text, int from, int to) {
        RoleMatch best = null;
        for (RoleRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            int start = matchStart(rule.pattern(), m, text, from, to, rule.maxGap());
            if (start < 0) {
                continue;
            }
            if (best == null || start < best.span().start()
                    || (start == best.span().start() && m.end() > best.span().end())) {
                best = new RoleMatch(rule, new Span(start, m.end()), group(m, "type"));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where the rule first matches in {@code [from, to)} starting at most {@code maxGap} after {@code from}, or -1.
     * A near rule is tried only at the positions it may start at, instead of scanning the whole sentence.
     */
    private static int matchStart(ScanPattern pattern, Matcher m, String text, int from, int to, int maxGap) {
        if (maxGap == Integer.MAX_VALUE) {
            return pattern.find(m, text, from, to) ? m.start() : -1;
        }
        for (int start = from; start <= Math.min(to - 1, from + maxGap); start++) {
            if (!pattern.mayStartWith(text.charAt(start))) {
                continue;
            }
            m.region(start, to);
            m.useAnchoringBounds(start == from);
            if (m.lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
