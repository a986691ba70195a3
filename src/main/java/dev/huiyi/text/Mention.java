package dev.huiyi.text;

import dev.huiyi.api.MentionType;
import dev.huiyi.api.Span;

import java.util.Objects;

/**
 * One recognised piece of the text: its type, where it is, what it says, its normalised value
 * (e.g. an ISO date, a unit kind), which rule produced it and how sure that rule is.
 *
 * <p>Immutable, with a record's accessors and equality. Not a record because of its size: a hostile document can
 * hold a mention every three characters, and a record's fields (a {@link Span} object, a surface string and a value
 * string equal to it) came to about 160 bytes a mention. Here the offsets are ints and the span is made when asked
 * for; a mention made {@linkplain #in in the text} keeps the text, not a copy, and cuts its surface when asked for;
 * a value equal to the surface is not kept twice. About 48 bytes.
 */
public final class Mention {
    private final MentionType type;
    private final int start;
    private final int end;
    private final String base; // the surface, or a text holding it at start - baseOffset
    private final int baseOffset;
    private final String value; // SAME: the same as the surface
    /** Marks a value equal to the surface; compared by identity, never returned. */
    private static final String SAME = new String("=surface");
    private final String provenance;
    private final double confidence;

    public Mention(MentionType type, Span span, String surface, String value, String provenance, double confidence) {
        this(type, span.start(), span.end(), surface, span.start(), surface.equals(value) ? SAME : value, provenance,
                confidence);
        if (surface.length() != span.length()) {
            throw new IllegalArgumentException("surface '" + surface + "' does not fit " + span);
        }
    }

    private Mention(MentionType type, int start, int end, String base, int baseOffset, String value,
                    String provenance, double confidence) {
        this.type = Objects.requireNonNull(type);
        this.start = start;
        this.end = end;
        this.base = base;
        this.baseOffset = baseOffset;
        this.value = value;
        this.provenance = provenance;
        this.confidence = confidence;
    }

    /**
     * The mention of {@code text[start, end)}, whose offsets are offsets into {@code text}: it keeps {@code text}
     * itself and no copy of its surface.
     */
    public static Mention in(String text, MentionType type, int start, int end, String value, String provenance,
                             double confidence) {
        checkInside(text, start, end);
        boolean same = value != null && value.length() == end - start && text.startsWith(value, start);
        return new Mention(type, start, end, text, 0, same ? SAME : value, provenance, confidence);
    }

    /** {@link #in(String, MentionType, int, int, String, String, double)} whose value is its surface. */
    public static Mention in(String text, MentionType type, int start, int end, String provenance, double confidence) {
        checkInside(text, start, end);
        return new Mention(type, start, end, text, 0, SAME, provenance, confidence);
    }

    /**
     * A mention read back from a {@link MentionTable} row, unchecked (the row was checked when it was added):
     * {@code value} null means the surface, {@link #NULL_VALUE} a value of null.
     */
    static Mention row(MentionType type, int start, int end, String base, int baseOffset, String value,
                       String provenance, double confidence) {
        return new Mention(type, start, end, base, baseOffset, value == null ? SAME : value == NULL_VALUE ? null : value,
                provenance, confidence);
    }

    /** Marks a value of null in a table row, where null marks a value equal to the surface. */
    static final String NULL_VALUE = new String("=null");

    /** The value as a table row keeps it: null when it is the surface, {@link #NULL_VALUE} when it is null. */
    String rowValue() {
        return value == SAME ? null : value == null ? NULL_VALUE : value;
    }

    /** Whether this mention's surface is cut from {@code text} at its own offsets (no copy of it is held). */
    boolean cutFrom(String text) {
        return base == text && baseOffset == 0;
    }

    private static void checkInside(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") of a text of " + text.length());
        }
    }

    public MentionType type() {
        return type;
    }

    public Span span() {
        return new Span(start, end);
    }

    public String surface() {
        int from = start - baseOffset;
        return from == 0 && base.length() == end - start ? base : base.substring(from, end - baseOffset);
    }

    public String value() {
        return value == SAME ? surface() : value;
    }

    public String provenance() {
        return provenance;
    }

    public double confidence() {
        return confidence;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int length() {
        return end - start;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mention m && type == m.type && start == m.start && end == m.end
                && surface().equals(m.surface()) && Objects.equals(value(), m.value())
                && Objects.equals(provenance, m.provenance) && Double.compare(confidence, m.confidence) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, start, end, surface(), value(), provenance, confidence);
    }

    @Override
    public String toString() {
        return "Mention[type=" + type + ", span=" + span() + ", surface=" + surface() + ", value=" + value()
                + ", provenance=" + provenance + ", confidence=" + confidence + "]";
    }
}
