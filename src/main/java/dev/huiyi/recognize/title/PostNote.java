package dev.huiyi.recognize.title;

import dev.huiyi.recognize.TextChars;

/**
 * A short note in parentheses between a post and the name it belongs to (党委副书记(主持党委工作)|萨仁高娃, 处长(正处级)):
 * the person recogniser reads the name after it, the people builder reads the post before it as the title.
 */
public final class PostNote {
    /** The longest note: 主持党委工作 and the like, not an aside of running text. */
    private static final int MAX_NOTE = 10;
    /** The shortest note: two characters in parentheses ((主持)). */
    private static final int MIN_NOTE = 2;

    private PostNote() {
    }

    /** A title without the note that closes it (副主任(主持工作) → 副主任); the title itself when none does. */
    public static String stripped(String title) {
        int open = title.lastIndexOf('(');
        return open >= 0 && endAt(title, open) == title.length() ? title.substring(0, open) : title;
    }

    /** Where a parenthesised note of Han characters opening at {@code at} ends (after its ')'), or -1. */
    public static int endAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '(') {
            return -1;
        }
        for (int i = at + 1; i < text.length() && i - at <= MAX_NOTE; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i - at - 1 >= MIN_NOTE ? i + 1 : -1;
            }
            if (!TextChars.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }
}
