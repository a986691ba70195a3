package dev.huiyi.resources;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A set of characters whose membership is worked out the first time a character is asked about, then
 * remembered; shared by all threads (racing threads work out the same answer).
 */
public final class LearntCharSet {
    /** Two bits per character: bit 0 "worked out", bit 1 "member". */
    private static final int WORDS = (Character.MAX_VALUE + 1) / 32;
    private static final long KNOWN = 1L;
    private static final long MEMBER = 2L;

    /** How membership is worked out; must give the same answer every time. */
    @FunctionalInterface
    public interface Rule {
        boolean isMember(char c);
    }

    private final Rule rule;
    /** Both bits of a character live in one word, so a single read sees them together. */
    private final AtomicLongArray states = new AtomicLongArray(WORDS);

    public LearntCharSet(Rule rule) {
        this.rule = rule;
    }

    public boolean contains(char c) {
        int word = c >>> 5;
        int shift = (c & 31) * 2;
        long state = states.getOpaque(word) >>> shift;
        if ((state & KNOWN) != 0) {
            return (state & MEMBER) != 0;
        }
        return learn(c, word, shift);
    }

    /** Kept out of {@link #contains}, so that the lookup inlines. */
    private boolean learn(char c, int word, int shift) {
        boolean member = rule.isMember(c);
        long bits = (member ? KNOWN | MEMBER : KNOWN) << shift;
        states.getAndUpdate(word, w -> w | bits);
        return member;
    }
}
