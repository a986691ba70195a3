package dev.huiyi.normalize;

import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanGroup;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Classifies lines as page chrome or date lines, from {@code models/normalize/layout.tsv}. */
public final class LayoutRules {
    /** Kinds that are cues (about the headline's line, about a newspaper page), not kinds of line. */
    private static final java.util.Set<LineKind> HEADLINE_CUES = java.util.EnumSet.of(LineKind.HEADLINE,
            LineKind.HEADLINE_DATE, LineKind.HEADLINE_SUFFIX, LineKind.HEADLINE_PREFIX, LineKind.PAPER_CUE);

    /** Whether a short line near the top reads like a news headline rather than a site name. */
    public boolean looksLikeHeadline(String line) {
        return rules.stream().anyMatch(r -> r.kind() == LineKind.HEADLINE && r.matches(line));
    }

    /** Whether the line shows the page is a newspaper's (a masthead, page navigation, 本报讯). */
    public boolean isPaperCue(String line) {
        return firstFound(LineKind.PAPER_CUE, line).isPresent();
    }

    /**
     * Where a date that closes the headline's line starts (…会议【2018-02-26】, …决议公告 2022-06-15), or -1: the
     * page printed its publication date on the headline's line.
     */
    public int headlineDateAt(String line) {
        return closingMatchAt(LineKind.HEADLINE_DATE, line);
    }

    /** Where a site's name closing the headline's line starts (…推进会 —— 安徽党媒云), or -1. */
    public int headlineSuffixAt(String line) {
        return closingMatchAt(LineKind.HEADLINE_SUFFIX, line);
    }

    /** Where a tag opening the headline's line ends ([本地新闻] 我县召开…), or -1. */
    public int headlinePrefixEnd(String line) {
        return firstFound(LineKind.HEADLINE_PREFIX, line).filter(m -> m.start() == 0).map(java.util.regex.Matcher::end)
                .filter(end -> end > 0 && end < line.length()).orElse(-1);
    }

    /** The match of the first rule of {@code kind} found in {@code line}. */
    private Optional<java.util.regex.Matcher> firstFound(LineKind kind, String line) {
        for (Rule r : rules) {
            if (r.kind() == kind) {
                java.util.regex.Matcher m = r.pattern().pattern().matcher(line);
                if (m.find()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** Where the first rule of {@code kind} matches inside {@code line} (not at its start), or -1. */
    private int closingMatchAt(LineKind kind, String line) {
        for (Rule r : rules) {
            if (r.kind() == kind) {
                java.util.regex.Matcher m = r.pattern().pattern().matcher(line);
                if (m.find() && m.start() > 0) {
                    return m.start();
                }
            }
        }
        return -1;
    }

    /**
     * What an owner line says after its cue (版权所有:|江州市中医院 地址:…), or empty when no owner rule matches.
     */
    public Optional<String> ownerText(String line) {
        return firstFound(LineKind.OWNER, line).map(m -> line.substring(m.end()));
    }

    /** What a footer says before its cue (江州学院党委宣传部| 版权所有 地址:…), or empty when no owner_named rule matches. */
    public Optional<String> ownerBefore(String line) {
        return firstFound(LineKind.OWNER_NAMED, line).map(m -> line.substring(0, m.start()).strip())
                .filter(before -> !before.isEmpty());
    }

    private record Rule(String id, LineKind kind, ScanPattern pattern) {
        /** Whether the rule's pattern occurs in the line. */
        boolean matches(String line) {
            return pattern.occursIn(line);
        }
    }

    private final List<Rule> rules;
    /** The rules' patterns, in order: every line is classified, and one pass reads it for all of them. */
    private final ScanGroup patterns;

    private LayoutRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.patterns = ScanGroup.of(this.rules.stream().map(Rule::pattern).toList());
    }

    public static LayoutRules load(ModelSource models) {
        List<Rule> rules = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("normalize/layout.tsv"), 3)) {
            LineKind kind;
            try {
                kind = LineKind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown line kind '" + row.get(1) + "'");
            }
            rules.add(new Rule(row.get(0), kind, ScanPattern.of(row.regex(2))));
        }
        return new LayoutRules(rules);
    }

    /** The kind of the first rule matching the (trimmed, folded) line; headline cues are not kinds of line. */
    public Optional<LineKind> classify(String line) {
        ScanGroup.Starts starts = patterns.startsIn(line);
        for (int k = 0; k < rules.size(); k++) {
            Rule rule = rules.get(k);
            if (!HEADLINE_CUES.contains(rule.kind()) && starts.occurs(k, line)) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }
}
