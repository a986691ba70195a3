package dev.huiyi.text;

import java.util.Arrays;

/**
 * Builds a derived text one character at a time, recording where each character came from. While the origins are
 * one unbroken run (the usual case for a line), no offset is stored: the map is made as a run (see
 * {@link OffsetMap}). Arrays grow by half, not double, and a builder can be given its expected size.
 */
public final class MappedTextBuilder {
    private final StringBuilder text;
    private int[] origins; // null while the origins are runBase, runBase + 1, …
    private int runBase;
    private boolean shared; // origins handed to a built map: copied before the next write

    public MappedTextBuilder() {
        this(16);
    }

    /** A builder for about {@code expectedLength} characters. */
    public MappedTextBuilder(int expectedLength) {
        text = new StringBuilder(Math.max(expectedLength, 16));
    }

    public MappedTextBuilder append(char c, int originOffset) {
        int at = text.length();
        if (origins == null) {
            if (at == 0) {
                runBase = originOffset;
            } else if (originOffset != runBase + at) {
                origins = new int[Math.max(text.capacity(), 16)];
                for (int i = 0; i < at; i++) {
                    origins[i] = runBase + i;
                }
            }
        }
        if (origins != null) {
            if (at == origins.length || shared) {
                origins = Arrays.copyOf(origins, Math.max(origins.length, at + (at >> 1) + 16));
                shared = false;
            }
            origins[at] = originOffset;
        }
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
        int length = text.length();
        OffsetMap map;
        if (origins == null) {
            map = OffsetMap.run(runBase, length);
        } else if (origins.length == length) {
            map = new OffsetMap(origins); // no copy of a full array: it is copied if this builder goes on
            shared = true;
        } else {
            map = new OffsetMap(Arrays.copyOf(origins, length));
        }
        return new MappedText(text.toString(), map);
    }
}
