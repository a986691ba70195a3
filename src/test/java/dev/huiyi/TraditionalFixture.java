package dev.huiyi;

import com.hankcs.hanlp.HanLP;

/** Test-only: makes traditional-character copies of simplified text with HanLP's own converter. */
final class TraditionalFixture {
    private TraditionalFixture() {
    }

    /** Character by character, so the copy has the same length as the original. */
    static String toTraditional(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        for (char c : simplified.toCharArray()) {
            String t = HanLP.convertToTraditionalChinese(String.valueOf(c));
            out.append(t.length() == 1 ? t.charAt(0) : c);
        }
        return out.toString();
    }

    static boolean isTraditionalOf(char traditional, char simplified) {
        return HanLP.convertToSimplifiedChinese(String.valueOf(traditional)).equals(String.valueOf(simplified));
    }
}
