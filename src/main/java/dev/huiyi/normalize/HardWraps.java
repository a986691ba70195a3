package dev.huiyi.normalize;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.MappedText;
import dev.huiyi.text.MappedTextBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the hard-wrapped lines of text pasted from a PDF (every line cut at about the same width, mid-sentence),
 * so that everything after normalisation reads sentences, not print lines. Offsets stay exact: the line break is
 * dropped, every character keeps its origin.
 *
 * <p>A text counts as hard-wrapped when at least {@link #MIN_WRAPPED} lines that do not end a sentence all come
 * close to one width, and they are most of the lines that long. Then a line close to that width which does not end
 * a sentence is joined with the next, unless the next opens an item ((一), 1、, 一是…).
 */
final class HardWraps {
    private static final int MIN_WRAPPED = 3;
    private static final int MIN_WIDTH = 16;
    private static final String SENTENCE_ENDS = "。;!?:”’」』)》";
    private static final Pattern ITEM_START = Pattern.compile(
            "^(\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十\\d]{1,3}[、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[条章节项,、])");

    private HardWraps() {
    }

    /** One line and whether the layout rules gave it a kind (headline, date line): those are never joined. */
    record Line(MappedText text, LineKind kind, boolean headline) {
    }

    static List<Line> join(List<Line> lines) {
        int width = wrapWidth(lines);
        if (width < 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        MappedTextBuilder pending = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (pending != null) {
                if (joinable(line) && !ITEM_START.matcher(Deadline.guard(line.text().text())).find()) {
                    append(pending, line.text());
                    if (!wraps(line, width)) {
                        out.add(new Line(pending.build(), null, false));
                        pending = null;
                    }
                    continue;
                }
                out.add(new Line(pending.build(), null, false));
                pending = null;
            }
            if (joinable(line) && wraps(line, width) && i + 1 < lines.size()) {
                pending = new MappedTextBuilder();
                append(pending, line.text());
            } else {
                out.add(line);
            }
        }
        if (pending != null) {
            out.add(new Line(pending.build(), null, false));
        }
        return out;
    }

    /** The common width of the wrapped lines, or -1 when the text is not hard-wrapped. */
    static int wrapWidth(List<Line> lines) {
        int[] lengths = lines.stream().filter(HardWraps::joinable).map(l -> l.text().text().strip())
                .filter(t -> t.length() >= MIN_WIDTH).mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_WRAPPED) {
            return -1;
        }
        // The width is where most lines end, not a high percentile: long chrome lines (a form's table, a file
        // name) above the print width made the wrap of a short-lined PDF go unseen.
        // lengths is sorted: the lines within [w - 3, w + 1] of each w are a window that only moves right.
        int width = -1;
        long near = 0;
        int from = 0;
        int to = 0;
        for (int w : lengths) {
            while (lengths[from] < w - 3) {
                from++;
            }
            while (to < lengths.length && lengths[to] <= w + 1) {
                to++;
            }
            if (to - from >= near) {
                near = to - from;
                width = w;
            }
        }
        int printWidth = width;
        long unended = lines.stream().filter(HardWraps::joinable)
                .filter(l -> l.text().text().strip().length() >= printWidth - 3)
                .filter(l -> !endsSentence(l.text().text())).count();
        return near >= MIN_WRAPPED && unended >= MIN_WRAPPED && near * 2 >= lengths.length ? width : -1;
    }

    private static boolean joinable(Line line) {
        // a field of minutes wraps like running text (参加人员:…、贺|静怡(…)…)
        return (line.kind() == null || line.kind() == LineKind.FIELD) && !line.headline()
                && !line.text().text().isBlank();
    }

    private static boolean wraps(Line line, int width) {
        String t = line.text().text().strip();
        return t.length() >= width - 3 && !endsSentence(t);
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.isEmpty() || SENTENCE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static void append(MappedTextBuilder into, MappedText line) {
        MappedText t = line.strip();
        for (int c = 0; c < t.text().length(); c++) {
            into.append(t.text().charAt(c), t.map().toOrigin(c));
        }
    }
}
