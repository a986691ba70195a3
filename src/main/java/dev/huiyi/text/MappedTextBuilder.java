package dev.huiyi.text;

import java.util.Arrays;

/** Builds a derived text one character at a time, recording where each character came from. */
public final class MappedTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];

    public MappedTextBuilder append(char c, int originOffset) {
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[text.length()] = originOffset;
        text.append(c);
        return this;
    }

    /** Appends every character of {@code s}, all attributed to one origin offset. */
    public MappedTextBuilder append(CharSequence s, int originOffset) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), originOffset);
        }
        return this;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    /** Drops trailing characters so that the text is {@code newLength} long. */
    public void truncate(int newLength) {
        text.setLength(newLength);
    }

    public MappedText build() {
        return new MappedText(text.toString(), new OffsetMap(Arrays.copyOf(origins, text.length())));
    }
}
