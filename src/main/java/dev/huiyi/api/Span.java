package dev.huiyi.api;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the normalised text of a report. Ordered by start,
 * then the longer first.
 *
 * @param start the first character's offset
 * @param end   the offset after the last character
 */
public record Span(int start, int end) implements Comparable<Span> {
    /**
     * Checks the range.
     *
     * @param start the first character's offset
     * @param end   the offset after the last character
     * @throws IllegalArgumentException when {@code start} is negative or {@code end} is before it
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * The number of characters.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * Whether the two share a character.
     *
     * @param other another span of the same text
     * @return true when some character lies in both
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * Whether the other lies within this one.
     *
     * @param other another span of the same text
     * @return true when every character of {@code other} lies in this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
