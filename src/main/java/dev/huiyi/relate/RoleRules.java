package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.QuoteMask;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanGroup;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The role rules of {@code models/role/roles.tsv} and how they are applied to the text after a person. */
public final class RoleRules {
    /** How many ';'-groups a list of those present may run to before its verb (see Scan#firstMatchOverGroups). */
    private static final int MAX_GROUPS = 12;
    /** How far the verb closing a ';'-group may stand from the group's end (参加|了本次会议). */
    private static final int MAX_OBJECT = 6;
    private final List<RoleRule> rules;
    /** The rules' patterns, in order, read through a text in one pass. */
    private final ScanGroup patterns;

    /** A ';'-part that opens an enumeration step is not a group of those present (models/role/groups.tsv). */
    private final Pattern enumeration;
    /** Speech types that are a chair's procedure (宣布): models/role/procedures.tsv type. */
    private final Pattern procedures;
    /** What opens the same person's act after a procedure (,并就…作了报告): models/role/procedures.tsv continues. */
    private final Pattern continuesProcedure;

    /** Speech types that only report what was said (强调, 指出): models/role/relayed.tsv reporting. */
    private final Pattern reporting;

    private RoleRules(List<RoleRule> rules, Pattern enumeration, KeyedValues procedures, KeyedValues relayed) {
        this.procedures = procedures.regex("type");
        this.reporting = relayed.regex("reporting");
        this.continuesProcedure = procedures.regex("continues");
        this.rules = List.copyOf(rules);
        this.patterns = ScanGroup.of(this.rules.stream().map(RoleRule::pattern).toList());
        this.enumeration = enumeration;
    }

    public static RoleRules load(ModelSource models) {
        List<RoleRule> rules = new ArrayList<>();
        KeyedValues relayed = KeyedValues.read(models.read("role/relayed.tsv"), "models/role/relayed.tsv");
        Pattern relaying = relayed.regex("relaying");
        for (TsvRow row : TsvReader.rows(models.read("role/roles.tsv"), 4)) {
            List<PersonRole> roles = row.roles(1);
            int gap;
            try {
                gap = row.get(2).strip().equals("*") ? Integer.MAX_VALUE : Integer.parseInt(row.get(2).strip());
            } catch (NumberFormatException e) {
                throw row.error("maxGap must be a number or *");
            }
            Pattern regex = row.regex(3);
            if (gap == Integer.MAX_VALUE && (regex.pattern().startsWith("^") || regex.pattern().contains("(?<=")
                    || regex.pattern().contains("(?<!") || regex.pattern().contains("\\b"))) {
                // a rule searched anywhere in the sentence is searched once per stretch (see Scan): it must not
                // depend on where the search starts
                throw row.error("a rule with maxGap * must not be anchored or look behind");
            }
            boolean readsBefore = regex.pattern().startsWith("(?<=") || regex.pattern().startsWith("(?<!");
            rules.add(new RoleRule(row.get(0), roles, gap, ScanPattern.of(regex), readsBefore,
                    roles.isEmpty() && relaying.matcher(row.get(0)).matches()));
        }
        if (rules.stream().noneMatch(RoleRule::relaysSpeech)) {
            // the key names rule ids: one renamed in roles.tsv must not leave it silently matching nothing
            throw new ModelException("models/role/relayed.tsv: relaying matches no NONE rule of models/role/roles.tsv");
        }
        KeyedValues groups = KeyedValues.read(models.read("role/groups.tsv"), "models/role/groups.tsv");
        return new RoleRules(rules, groups.regex("enumeration"),
                KeyedValues.read(models.read("role/procedures.tsv"), "models/role/procedures.tsv"), relayed);
    }

    /**
     * The first rule match in {@code text[from, to)}: earliest start, then longest, then file order.
     * Anchored rules ({@code ^…}) only match right at {@code from}.
     */
    Optional<RoleMatch> firstMatch(String text, int from, int to) {
        return scan(text).firstMatch(from, to);
    }

    /** A scan of one document's text that remembers what its unbounded rules found (see {@link Scan}). */
    Scan scan(String text) {
        return new Scan(text);
    }

    /**
     * The rules over one document. A rule that may match anywhere in the sentence ({@code *}) is searched once per
     * stretch, not once per person: its earliest match at or after {@code from} is still the earliest at or after a
     * later {@code from} that does not pass it (none of those rules is anchored or looks behind, which the loader
     * checks), so the people of one endless sentence cost linear time, not quadratic.
     */
    final class Scan {
        private final String text;
        private final int[] cachedFrom = new int[rules.size()];
        private final int[] cachedTo = new int[rules.size()];
        private final RoleMatch[] cachedMatch = new RoleMatch[rules.size()];
        private final Matcher[] matchers = new Matcher[rules.size()];

        /** Where each rule may start, read when first needed. */
        private ScanGroup.Starts starts;
        /** Inside “…” and 《…》, made when first needed: a verb there (《…著作选读》) is no one's act. */
        private BitSet quoted;

        private Scan(String text) {
            this.text = text;
            Arrays.fill(cachedFrom, -1);
        }

        private BitSet quoted() {
            if (quoted == null) {
                quoted = QuoteMask.of(text);
            }
            return quoted;
        }

        Optional<RoleMatch> firstMatch(int from, int to) {
            RoleMatch best = null;
            for (int i = 0; i < rules.size(); i++) {
                RoleMatch match = matchOf(i, from, to);
                if (match != null && (best == null || match.span().start() < best.span().start()
                        || (match.span().start() == best.span().start() && match.span().end() > best.span().end()))) {
                    best = match;
                }
            }
            return Optional.ofNullable(best);
        }

        /**
         * The act the same person does after the procedure {@code m} (X宣布大会开幕,并就筹备情况作了报告), in its
         * sentence; none when a clause of another's opens after it (…,新当选的主席Y作了表态发言).
         */
        Optional<RoleMatch> afterProcedure(RoleMatch m, IntUnaryOperator endOf) {
            int from = m.span().end();
            if (!continuesProcedure.matcher(Deadline.guard(text)).region(from, endOf.applyAsInt(from)).lookingAt()) {
                return Optional.empty();
            }
            return firstMatchOverGroups(from, endOf);
        }

        /**
         * The first match in the sentence from {@code from}; when there is none and the sentence ends in ';', a
         * match that closes one of the next ';'-groups: 区法院、区检察院主要领导;各镇(街)主要负责同志等共计320余人参加会议
         * lists those present in groups that share the verb at the end. Only a match that ends its group counts, so
         * a verb opening the next group (;李四主持) is not taken for this one.
         */
        Optional<RoleMatch> firstMatchOverGroups(int from, IntUnaryOperator endOf) {
            int end = endOf.applyAsInt(from);
            Optional<RoleMatch> match = firstMatch(from, end);
            for (int group = 0; match.isEmpty() && group < MAX_GROUPS && end < text.length() && text.charAt(end) == ';'
                    && !enumeration.matcher(Deadline.guard(text)).region(end + 1, text.length()).lookingAt(); group++) {
                int next = endOf.applyAsInt(end + 1);
                match = firstMatch(end + 1, next).filter(m -> closesGroup(m, next));
                end = next;
            }
            return match;
        }

        /** The verb ends its group, and is not a host's: at most its object (会议, 了会议, 本次会议) stands between it and the group's end. */
        private boolean closesGroup(RoleMatch m, int groupEnd) {
            // one person hosts: a host verb closing a later group is that group's own (区长A;副区长B主持会议)
            return !m.rule().roles().contains(PersonRole.HOST) && groupEnd - m.span().end() <= MAX_OBJECT && text.substring(m.span().end(), groupEnd).indexOf(',') < 0;
        }

        private RoleMatch matchOf(int i, int from, int to) {
            RoleRule rule = rules.get(i);
            boolean unbounded = rule.maxGap() == Integer.MAX_VALUE;
            if (unbounded && cachedFrom[i] >= 0 && cachedFrom[i] <= from && cachedTo[i] == to
                    && (cachedMatch[i] == null || cachedMatch[i].span().start() >= from)) {
                return cachedMatch[i];
            }
            if (matchers[i] == null) {
                matchers[i] = rule.pattern().matcher(Deadline.guard(text));
            }
            Matcher m = matchers[i];
            if (starts == null) {
                starts = patterns.startsIn(text);
            }
            int start = matchStart(i, starts, rule, m, text, from, to, quoted());
            String type = start < 0 ? null : group(m, "type");
            RoleMatch match = start < 0 ? null
                    : new RoleMatch(rule, new Span(start, m.end()), type,
                            type != null && procedures.matcher(type).matches(),
                            type != null && reporting.matcher(type).matches());
            if (unbounded) {
                cachedFrom[i] = from;
                cachedTo[i] = to;
                cachedMatch[i] = match;
            }
            return match;
        }
    }

    /**
     * Where the rule first matches in {@code [from, to)} starting at most {@code maxGap} after {@code from}, or -1.
     * A near rule is tried only at the positions it may start at, instead of scanning the whole sentence.
     */
    private static int matchStart(int i, ScanGroup.Starts starts, RoleRule rule, Matcher m, String text,
                                  int from, int to, BitSet quoted) {
        ScanPattern pattern = rule.pattern();
        int maxGap = rule.maxGap();
        if (maxGap == Integer.MAX_VALUE) {
            int at = from;
            while (at < to && starts.find(i, m, text, at, to)) {
                if (!quoted.get(m.start())) {
                    return m.start();
                }
                at = quoted.nextClearBit(m.start()); // past the quote: every retry moves on, the scan stays linear
            }
            return -1;
        }
        for (int start = from; start <= Math.min(to - 1, from + maxGap); start++) {
            if (!pattern.mayStartWith(text.charAt(start)) || quoted.get(start)) {
                continue;
            }
            m.region(start, to);
            m.useAnchoringBounds(start == from);
            m.useTransparentBounds(rule.readsBefore());
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
