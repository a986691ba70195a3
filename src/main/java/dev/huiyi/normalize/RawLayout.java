package dev.huiyi.normalize;

import dev.huiyi.text.MappedText;

import java.util.List;

/**
 * Lines of a report before cleaning, each mapped to the decoded input, and the headline when the
 * markup names one ({@code <h1>}); {@code headlineIndex} is its index in {@code lines}, or -1.
 * {@code asideLines} are lines of the page's header and footer, dropped from the text but read for the site's owner
 * ({@code <footer>Copyright © 2024 浙江恒元测绘地理信息有限公司 版权所有}).
 */
public record RawLayout(List<MappedText> lines, int headlineIndex, List<String> asideLines) {
    public RawLayout {
        lines = List.copyOf(lines);
        asideLines = List.copyOf(asideLines);
    }

    public RawLayout(List<MappedText> lines, int headlineIndex) {
        this(lines, headlineIndex, List.of());
    }
}
