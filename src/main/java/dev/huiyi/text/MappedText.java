package dev.huiyi.text;

/** A text together with the offset map back to the text it was derived from. */
public record MappedText(String text, OffsetMap map) {
    public MappedText {
        if (text.length() != map.length()) {
            throw new IllegalArgumentException("map length " + map.length() + " != text length " + text.length());
        }
    }

    public static MappedText identity(String text) {
        return new MappedText(text, OffsetMap.identity(text.length()));
    }

    /** The substring {@code [start, end)} with its part of the map. */
    public MappedText slice(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this; // immutable: the whole of it needs no copy
        }
        return new MappedText(text.substring(start, end), map.slice(start, end));
    }

    /** Without leading and trailing white space (Unicode-aware, as {@link String#strip()}). */
    public MappedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return slice(start, end);
    }

    /** Applies a later derivation of this text: the result maps straight back to this text's origin. */
    public MappedText then(MappedText derivedFromThis) {
        return new MappedText(derivedFromThis.text(), derivedFromThis.map().after(map));
    }
}
