package dev.huiyi.text;

import java.util.Arrays;

/**
 * For each character of a derived text, the offset of the character it came from in the original text.
 * Maps compose, so every normalisation step can keep exact offsets back to the decoded input.
 *
 * <p>A map that is one unbroken run ({@code base, base + 1, …}: a line cut from its input, a line folding left as it
 * was, a one-line document) is held as its first offset only; others as an int per character. A hostile one-line
 * document of a million characters went through four such maps, 16 bytes a character, for offsets that a pair of
 * ints tells.
 */
public final class OffsetMap {
    private final int[] originOffsets; // null: the run base, base + 1, … of the given length
    private final int base;
    private final int length;

    OffsetMap(int[] originOffsets) {
        this.originOffsets = originOffsets;
        this.base = 0;
        this.length = originOffsets.length;
    }

    private OffsetMap(int base, int length) {
        this.originOffsets = null;
        this.base = base;
        this.length = length;
    }

    /** The map of {@code length} characters that come from {@code base, base + 1, …} in order. */
    static OffsetMap run(int base, int length) {
        return new OffsetMap(base, length);
    }

    /** The identity map of a text of the given length. */
    public static OffsetMap identity(int length) {
        return run(0, length);
    }

    public int length() {
        return length;
    }

    /** Origin offset of the derived character at {@code index}. */
    public int toOrigin(int index) {
        if (originOffsets != null) {
            return originOffsets[index];
        }
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException("index " + index + " out of bounds for length " + length);
        }
        return base + index;
    }

    /** This map applied after {@code earlier}: derived → earlier's derived text → earlier's origin. */
    public OffsetMap after(OffsetMap earlier) {
        if (originOffsets == null && base + length <= earlier.length()) {
            return earlier.slice(base, base + length); // a run of the earlier text: its part of the earlier map
        }
        int[] composed = new int[length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = earlier.toOrigin(toOrigin(i));
        }
        return new OffsetMap(composed);
    }

    /** The map of the derived substring {@code [start, end)}. */
    public OffsetMap slice(int start, int end) {
        if (originOffsets != null) {
            return new OffsetMap(Arrays.copyOfRange(originOffsets, start, end));
        }
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("slice [" + start + ", " + end + ") of a map of " + length);
        }
        return run(base + start, end - start);
    }

    /**
     * The offsets for a caller that copies them at once and never changes this array ({@code Extraction} does): the
     * map's own array when it holds one, where {@link #toArray()} would make a third copy of a long document's map.
     */
    public int[] toArrayForCopy() {
        return originOffsets != null ? originOffsets : toArray();
    }

    public int[] toArray() {
        if (originOffsets != null) {
            return Arrays.copyOf(originOffsets, originOffsets.length);
        }
        int[] offsets = new int[length];
        for (int i = 0; i < length; i++) {
            offsets[i] = base + i;
        }
        return offsets;
    }
}
