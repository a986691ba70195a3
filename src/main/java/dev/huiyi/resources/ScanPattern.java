package dev.huiyi.resources;

import dev.huiyi.text.Deadline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data regex that is searched through whole texts, with an index of the characters a match can start with.
 * {@code Matcher.find()} tries a match at every position; most rules of the genre start with one of a few
 * words (主持, 出席, 负责同志…), so most positions can be ruled out by their first character alone, which is
 * what {@link #find} does before it asks the regex engine.
 * <p>
 * The index is learnt lazily and shared by all threads: a character {@code c} can start a match exactly when
 * matching the pattern against the one-character text {@code "c"} succeeds or runs into the end of the text
 * ({@link Matcher#hitEnd()}) — the engine consumed {@code c} and wanted more.
 * <p>
 * A look-behind makes a match depend on the text before its start. Such a pattern is indexed with its
 * look-behinds removed: that pattern matches wherever the full one does, so its index still only rules out
 * characters no match can start with. {@link #find} then tries the full pattern at each possible start on its own,
 * its look-behinds seeing the text before that start (transparent bounds), as a search reaching the start would;
 * where they could read before the searched region, or a look-ahead past its end, it leaves the rest to
 * {@code Matcher.find()} from the first possible start.
 * End anchors ({@code $}) read only the text after a start and are indexed like any other syntax. Patterns with
 * other anchors ({@code ^} other than a leading one, {@code \b}, {@code \G}), or an empty match, are not indexed:
 * for them {@link #find} is plain {@code Matcher.find()}.
 */
public final class ScanPattern {
    private final Pattern pattern;
    private final boolean indexed;
    /** Indexed as it is (no look-behind removed): a match can be tried at each possible start on its own. */
    private final boolean indexedExactly;
    /** {@code ^…} with no alternative beside it: can only match at the start of the searched region. */
    private final boolean anchoredAtStart;
    /** The characters a match can start with, learnt from the pattern (without its look-behinds). */
    private final LearntCharSet starts;
    /**
     * For a pattern that looks behind: how far before a start its look-behinds read ({@link LookBehindReach}), so
     * that a search may begin that far before the first possible start instead of where it was asked to.
     */
    private final int lookBehindReach;
    /** For {@code ^…}: the characters a match can start with (null when not worked out), as {@link #starts}. */
    private final LearntCharSet anchoredStarts;

    private ScanPattern(Pattern pattern) {
        this.pattern = pattern;
        Pattern indexedPattern = withoutLookBehinds(pattern);
        this.indexed = indexedPattern != null && indexable(indexedPattern);
        this.indexedExactly = indexed && indexedPattern == pattern;
        this.anchoredAtStart = anchoredAtStart(pattern);
        this.starts = indexed ? new LearntCharSet(c -> canStart(indexedPattern, c)) : null;
        boolean plainFlags = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        this.lookBehindReach = indexed && !indexedExactly && plainFlags
                ? LookBehindReach.of(pattern.pattern()) : LookBehindReach.UNKNOWN;
        Pattern unanchored = anchoredAtStart ? withoutAnchor(pattern) : null;
        Pattern afterAnchor = unanchored == null ? null : withoutLookBehinds(unanchored);
        this.anchoredStarts = afterAnchor != null && indexable(afterAnchor)
                ? new LearntCharSet(c -> canStart(afterAnchor, c)) : null;
    }

    /**
     * {@code ^X} as {@code X}, which matches at the start of a region exactly where {@code ^X} does; null when {@code X}
     * is no pattern.
     */
    private static Pattern withoutAnchor(Pattern pattern) {
        try {
            return Pattern.compile(pattern.pattern().substring(1), pattern.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * Where a search for a match at or after {@code first} (the first possible start, at or after {@code from}) may
     * begin and see behind each start what a search from {@code from} sees.
     */
    private int searchStart(int from, int first) {
        return lookBehindReach == LookBehindReach.UNKNOWN ? from : Math.max(from, first - lookBehindReach);
    }

    /**
     * Whether a match of this look-behind pattern can be tried at {@code start} on its own, its look-behinds reading
     * the text before it: only when they cannot read before {@code from} (which a search from there cannot see)
     * and the region runs to the end of the text (transparent bounds would let a look-ahead read past it).
     */
    private boolean seesBehindAlone(int from, int start, int to, int textLength) {
        return lookBehindReach != LookBehindReach.UNKNOWN && start - lookBehindReach >= from && to == textLength;
    }

    /**
     * A match tried at {@code start} alone, its look-behinds seeing the text before it (transparent bounds): what a
     * search reaching {@code start} tries there. One attempt per possible start, where a search would try every
     * position from the first.
     */
    private static boolean lookingAtSeeingBehind(Matcher m, int start, int to) {
        m.region(start, to);
        m.useTransparentBounds(true);
        boolean found = m.lookingAt();
        m.useTransparentBounds(false); // the match stays; later searches with this matcher see opaque bounds again
        return found;
    }

    public static ScanPattern of(Pattern pattern) {
        return new ScanPattern(pattern);
    }

    /** Whether the pattern opens with {@code ^}: it matches only where a search starts. */
    public boolean anchoredAtStart() {
        return anchoredAtStart;
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher matcher(CharSequence text) {
        return pattern.matcher(Deadline.guard(text));
    }

    /**
     * Like {@code m.region(from, to); m.find()}: true when the pattern matches in {@code [from, to)}, the
     * matcher then holding the leftmost match (its groups, {@code start()}, {@code end()}); bounds stay opaque
     * and non-anchoring beyond the region as in {@code find()}. The matcher must be one of this pattern's.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to) {
        if (anchoredAtStart) {
            if (anchoredStarts != null && (from >= to || !anchoredStarts.contains(text.charAt(from)))) {
                return false; // no match starts with that character (and none is empty)
            }
            m.region(from, to); // anchoring bounds (the default): ^ matches at `from` only, as in find()
            return m.lookingAt();
        }
        if (!indexed) {
            m.region(from, to);
            return m.find();
        }
        if (!indexedExactly) {
            for (int i = from; i < to; i++) {
                if (mayStartWith(text.charAt(i))) {
                    if (!seesBehindAlone(from, i, to, text.length())) {
                        m.region(searchStart(from, i), to);
                        return m.find();
                    }
                    if (lookingAtSeeingBehind(m, i, to)) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = from; i < to; i++) {
            if (mayStartWith(text.charAt(i))) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #find} over the possible starts a {@link ScanGroup} read: {@code starts[at..end)}, ascending, none
     * before {@code from}.
     */
    boolean findFromStarts(Matcher m, int from, int to, int textLength, int[] starts, int at, int end) {
        if (!indexedExactly) {
            for (int i = at; i < end && starts[i] < to; i++) {
                if (!seesBehindAlone(from, starts[i], to, textLength)) {
                    m.region(searchStart(from, starts[i]), to);
                    return m.find();
                }
                if (lookingAtSeeingBehind(m, starts[i], to)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = at; i < end && starts[i] < to; i++) {
            m.region(starts[i], to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an index of possible first characters rules out positions (see the class comment). */
    boolean indexed() {
        return indexed;
    }

    /** Whether the pattern occurs anywhere in {@code text} (like {@code matcher(text).find()}). */
    public boolean occursIn(CharSequence text) {
        return find(matcher(text), text, 0, text.length());
    }

    /**
     * Where a search for the next match resumes after the one {@code m} holds (as {@code Matcher.find()} does):
     * at its end, or one further for an empty match.
     */
    public static int resumeAfter(Matcher m) {
        return Math.max(m.end(), m.start() + 1);
    }

    /** False only when no match of the pattern can start with {@code c} (always true when not indexed). */
    public boolean mayStartWith(char c) {
        if (!indexed) {
            return true;
        }
        return starts.contains(c);
    }

    /** Whether matching {@code pattern} against the one-character text {@code c} succeeds or wants more. */
    private static boolean canStart(Pattern pattern, char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * The pattern with its look-behinds {@code (?<=…)} / {@code (?<!…)} cut out (the pattern itself when it has
     * none), or null when one cannot be cut out cleanly.
     */
    private static Pattern withoutLookBehinds(Pattern pattern) {
        String regex = pattern.pattern();
        boolean[] syntax = syntax(regex);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            if (syntax[i] && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                i = closingParen(regex, syntax, i);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            kept.append(regex.charAt(i));
        }
        if (kept.length() == regex.length()) {
            return pattern;
        }
        try {
            return Pattern.compile(kept.toString(), pattern.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    private static boolean anchoredAtStart(Pattern pattern) {
        String regex = pattern.pattern();
        int unusual = Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL;
        if (!regex.startsWith("^") || (pattern.flags() & unusual) != 0) {
            return false;
        }
        boolean[] syntax = syntax(regex);
        int depth = 0;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (syntax[i] && c == '(') {
                depth++;
            } else if (syntax[i] && c == ')') {
                depth--;
            } else if (syntax[i] && depth == 0 && c == '|') {
                return false; // ^a|b: b may match anywhere
            }
        }
        return true;
    }

    /**
     * Whether a match's start depends on nothing but the text from that start on: no look-behind, no anchors
     * or boundaries outside character classes, and no empty match.
     */
    private static boolean indexable(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || pattern.matcher("").lookingAt()) {
            return false;
        }
        String regex = pattern.pattern();
        boolean[] syntax = syntax(regex);
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (!syntax[i]) {
                continue;
            }
            // an end anchor ($, \z, \Z) reads only the text after a start: a match tried at a start on its own, in
            // the same region, sees the same end
            boolean escapedAnchor = c == '\\' && i + 1 < regex.length() && "bBGAQ".indexOf(regex.charAt(i + 1)) >= 0;
            if (escapedAnchor || c == '^' || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
                return false; // (\\Q: quoted runs are rare in our data and not worth parsing)
            }
        }
        return true;
    }

    /**
     * For each position of the regex, whether its character is syntax: outside every character class and not
     * escaped (the backslash of an escape outside a class is syntax, the escaped character is not).
     */
    private static boolean[] syntax(String regex) {
        boolean[] syntax = new boolean[regex.length()];
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            syntax[i] = classDepth == 0;
            if (c == '\\') {
                i++; // the escaped character is never syntax
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
        }
        return syntax;
    }

    /** Index of the ')' that closes the group opened at {@code open}, or -1. */
    private static int closingParen(String regex, boolean[] syntax, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            if (syntax[i] && regex.charAt(i) == '(') {
                depth++;
            } else if (syntax[i] && regex.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
