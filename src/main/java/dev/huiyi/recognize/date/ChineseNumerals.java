package dev.huiyi.recognize.date;

/** Reads the numbers of dates: Arabic digits, digit-by-digit years (二〇二一) and 十-style numbers (二十九). */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (!s.contains("十")) {
            int value = 0;
            for (char c : s.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return value;
        }
        int ten = s.indexOf('十');
        int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        if (c == '零' || c == '○' || c == 'O' || c == '0') {
            return 0;
        }
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new NumberFormatException("not a numeral: " + c);
        }
        return d;
    }
}
