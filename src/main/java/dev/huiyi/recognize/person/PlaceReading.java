package dev.huiyi.recognize.person;

import java.util.Set;

/**
 * Whether a name reading is a place where it stands: a division of the country (place/divisions.tsv) written with its
 * level word (江苏省), followed by one (武宁|县召开…), or in a 、-list next to another division (江口、德江、印江、思南县).
 * A division's short name alone stays a possible name (宁远, 白云, 乌兰 are people's names too).
 */
record PlaceReading(Set<String> divisions, String levelWords) {
    /** The longest list item looked at beside the reading (思南县, 融安县长安镇 opens with 融安县). */
    private static final int MAX_ITEM = 4;

    PlaceReading {
        divisions = Set.copyOf(divisions);
    }

    boolean isPlace(String text, int start, int end) {
        String surface = text.substring(start, end);
        if (!divisions.contains(surface)) {
            return false;
        }
        if (levelWords.indexOf(surface.charAt(surface.length() - 1)) >= 0) {
            return true;
        }
        if (end < text.length() && levelWords.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        return end < text.length() && text.charAt(end) == '、' && divisionOpens(text, end + 1)
                || start > 0 && text.charAt(start - 1) == '、' && divisionEnds(text, start - 1);
    }

    private boolean divisionOpens(String text, int at) {
        for (int len = 2; len <= MAX_ITEM && at + len <= text.length(); len++) {
            if (divisions.contains(text.substring(at, at + len))) {
                return true;
            }
        }
        return false;
    }

    private boolean divisionEnds(String text, int end) {
        for (int len = 2; len <= MAX_ITEM && end - len >= 0; len++) {
            if (divisions.contains(text.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }
}
