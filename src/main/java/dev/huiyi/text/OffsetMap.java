package dev.huiyi.text;

import java.util.Arrays;

/**
 * For each character of a derived text, the offset of the character it came from in the original text.
 * Maps compose, so every normalisation step can keep exact offsets back to the decoded input.
 */
public final class OffsetMap {
    private final int[] originOffsets;

    OffsetMap(int[] originOffsets) {
        this.originOffsets = originOffsets;
    }

    /** The identity map of a text of the given length. */
    public static OffsetMap identity(int length) {
        int[] offsets = new int[length];
        for (int i = 0; i < length; i++) {
            offsets[i] = i;
        }
        return new OffsetMap(offsets);
    }

    public int length() {
        return originOffsets.length;
    }

    /** Origin offset of the derived character at {@code index}. */
    public int toOrigin(int index) {
        return originOffsets[index];
    }

    /** This map applied after {@code earlier}: derived → earlier's derived text → earlier's origin. */
    public OffsetMap after(OffsetMap earlier) {
        int[] composed = new int[originOffsets.length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = earlier.toOrigin(originOffsets[i]);
        }
        return new OffsetMap(composed);
    }

    /** The map of the derived substring {@code [start, end)}. */
    public OffsetMap slice(int start, int end) {
        return new OffsetMap(Arrays.copyOfRange(originOffsets, start, end));
    }

    public int[] toArray() {
        return Arrays.copyOf(originOffsets, originOffsets.length);
    }
}
