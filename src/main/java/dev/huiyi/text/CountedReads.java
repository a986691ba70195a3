package dev.huiyi.text;

/**
 * A text that runs a check every so many characters read: how a regex search is bounded without changing the
 * regex (a deadline during extraction, a read budget when a rule regex is loaded). The check stops the search by
 * throwing.
 */
public final class CountedReads implements CharSequence {
    private final CharSequence text;
    private final int readsPerCheck;
    private final Runnable check;
    private int untilCheck;

    public CountedReads(CharSequence text, int readsPerCheck, Runnable check) {
        this.text = text;
        this.readsPerCheck = readsPerCheck;
        this.check = check;
        this.untilCheck = readsPerCheck;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = readsPerCheck;
            check.run();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
