package dev.huiyi.normalize;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.MappedText;
import dev.huiyi.text.MappedTextBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a plain-text report into lines, dropping stray markup tags such as {@code <p>} left by scrapers. */
public final class PlainTextLayout {
    private static final Pattern STRAY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

    public RawLayout layout(String input) {
        List<MappedText> lines = new ArrayList<>();
        MappedTextBuilder line = new MappedTextBuilder();
        Matcher tag = STRAY_TAG.matcher(Deadline.guard(input));
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '<' && tag.find(i) && tag.start() == i) {
                // A block tag ends a line like a newline would; inline tags just vanish.
                if (isBlockTag(tag.group())) {
                    flush(line, lines);
                    line = new MappedTextBuilder();
                }
                i = tag.end();
                continue;
            }
            if (c == '\n' || c == '\r') {
                flush(line, lines);
                line = new MappedTextBuilder();
            } else {
                line.append(c, i);
            }
            i++;
        }
        flush(line, lines);
        return new RawLayout(lines, -1);
    }

    private static boolean isBlockTag(String tag) {
        String name = tag.replaceAll("[</>]", " ").trim().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "p", "br", "div", "h1", "h2", "h3", "li", "tr", "table" -> true;
            default -> false;
        };
    }

    private static void flush(MappedTextBuilder line, List<MappedText> lines) {
        if (line.length() > 0) {
            lines.add(line.build());
        }
    }
}
