package dev.huiyi.normalize;

import dev.huiyi.text.MappedText;

import java.util.List;

/**
 * Lines of a report before cleaning, each mapped to the decoded input, and the headline when the
 * markup names one ({@code <h1>}); {@code headlineIndex} is its index in {@code lines}, or -1.
 */
public record RawLayout(List<MappedText> lines, int headlineIndex) {
    public RawLayout {
        lines = List.copyOf(lines);
    }
}
