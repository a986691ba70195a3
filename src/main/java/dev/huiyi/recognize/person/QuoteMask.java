package dev.huiyi.recognize.person;

/** Marks the characters inside “…”, 「…」 and 《…》: names there are slogans or titles of works, not people. */
final class QuoteMask {
    private QuoteMask() {
    }

    static boolean[] of(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '《' || c == '『') {
                depth++;
            } else if ((c == '”' || c == '」' || c == '》' || c == '』') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
            inside[i] = depth > 0;
        }
        return inside;
    }
}
