package dev.huiyi.resources;

import java.util.concurrent.atomic.AtomicLongArray;
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
 * ({@link Matcher#hitEnd()}) — the engine consumed {@code c} and wanted more. Patterns whose start depends on
 * the text before it (look-behind, {@code ^}, {@code $}, word boundaries) or that can match the empty string
 * are not indexed: for them {@link #find} is plain {@code Matcher.find()}.
 */
public final class ScanPattern {
    /** Two bits per character: bit 0 "worked out", bit 1 "can start a match". */
    private static final int WORDS = (Character.MAX_VALUE + 1) / 32;
    private static final long KNOWN = 1L;
    private static final long STARTS = 2L;

    private final Pattern pattern;
    private final boolean indexed;
    /** {@code ^…} with no alternative beside it: can only match at the start of the searched region. */
    private final boolean anchoredAtStart;
    /** Both bits of a character live in one word, so a single read sees them together. */
    private final AtomicLongArray states;

    private ScanPattern(Pattern pattern) {
        this.pattern = pattern;
        this.indexed = indexable(pattern);
        this.anchoredAtStart = anchoredAtStart(pattern);
        this.states = indexed ? new AtomicLongArray(WORDS) : null;
    }

    public static ScanPattern of(Pattern pattern) {
        return new ScanPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * Like {@code m.region(from, to); m.find()}: true when the pattern matches in {@code [from, to)}, the
     * matcher then holding the leftmost match (its groups, {@code start()}, {@code end()}); bounds stay opaque
     * and non-anchoring beyond the region as in {@code find()}. The matcher must be one of this pattern's.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to) {
        if (anchoredAtStart) {
            m.region(from, to); // anchoring bounds (the default): ^ matches at `from` only, as in find()
            return m.lookingAt();
        }
        if (!indexed) {
            m.region(from, to);
            return m.find();
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

    /** False only when no match of the pattern can start with {@code c} (always true when not indexed). */
    public boolean mayStartWith(char c) {
        if (!indexed) {
            return true;
        }
        int word = c >>> 5;
        int shift = (c & 31) * 2;
        long state = states.getOpaque(word) >>> shift;
        if ((state & KNOWN) != 0) {
            return (state & STARTS) != 0;
        }
        return learn(c, word, shift);
    }

    /** Works out whether {@code c} can start a match (kept out of {@link #mayStartWith}, so that inlines). */
    private boolean learn(char c, int word, int shift) {
        Matcher probe = pattern.matcher(String.valueOf(c));
        boolean may = probe.lookingAt() || probe.hitEnd();
        long bits = (may ? KNOWN | STARTS : KNOWN) << shift;
        states.getAndUpdate(word, w -> w | bits);
        return may;
    }

    private static boolean anchoredAtStart(Pattern pattern) {
        String regex = pattern.pattern();
        int unusual = Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL;
        if (!regex.startsWith("^") || (pattern.flags() & unusual) != 0) {
            return false;
        }
        int depth = 0;
        int classDepth = 0;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')') {
                depth--;
            } else if (classDepth == 0 && depth == 0 && c == '|') {
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
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                if (classDepth == 0 && "bBGAzZ".indexOf(next) >= 0) {
                    return false;
                }
                if (next == 'Q') {
                    return false; // quoted runs are rare in our data; not worth parsing
                }
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && (c == '^' || c == '$')) {
                return false;
            } else if (classDepth == 0 && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                return false;
            }
        }
        return true;
    }
}
