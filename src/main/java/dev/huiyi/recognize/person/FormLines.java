package dev.huiyi.recognize.person;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.PersonRole;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people lines of form-layout minutes ({@code models/person/form_lines.tsv}): {@code 主持人:X}, {@code 出席人员:A、B(职务)…},
 * {@code 缺席人员:C}. Their label, not a verb, says who was present: the person recogniser reads every name-shaped
 * item of such a line, and the people builder gives each the label's roles (none for 缺席/请假/记录人).
 */
public final class FormLines {
    /** One label: what it gives the people listed after it ({@code roles} empty: named, not present). */
    public record Label(String id, List<PersonRole> roles, Pattern pattern) {
        public Label {
            roles = List.copyOf(roles);
        }
    }

    /** A people line: its label and where its list runs ({@code listStart} after the colon, to {@code end}). */
    public record Line(Label label, int listStart, int end) {
    }

    /** The roles column of the row that gives what may open a line before its label. */
    private static final String PREFIX = "PREFIX";

    private final List<Label> labels;

    private FormLines(List<Label> labels) {
        this.labels = List.copyOf(labels);
    }

    public static FormLines load(ModelSource models) {
        List<TsvRow> rows = TsvReader.rows(models.read("person/form_lines.tsv"), 3);
        // What may stand before any label: an item number, the meeting the field is of ((四)现场会议|主持人:).
        String prefix = rows.stream().filter(r -> r.get(1).equals(PREFIX)).map(r -> "(?:" + r.regex(2).pattern() + ")?")
                .findFirst().orElse("");
        List<Label> labels = new ArrayList<>();
        for (TsvRow row : rows) {
            if (row.get(1).equals(PREFIX)) {
                continue;
            }
            // Printed forms space their labels out (主 持 人:): a space may stand between any two characters.
            String spaced = row.regex(2).pattern().replaceAll("(\\p{IsHan})(?=\\p{IsHan})", "$1[ \\\\t]*");
            Pattern label = Pattern.compile("^[ \\t]*" + prefix + "(" + spaced + ")[ \\t]*[::][ \\t]*");
            labels.add(new Label(row.get(0), row.roles(1), label));
        }
        return new FormLines(labels);
    }

    /** Lines of one document, the last one remembered: many people on one line cost one scan of it, not one each. */
    public Reader reader(String text) {
        return new Reader(text);
    }

    /** {@link #lineAt} over one document; not thread-safe. */
    public final class Reader {
        private final String text;
        private int lineStart = -1;
        private int lineEnd = -1;
        private Line labelled;

        private Reader(String text) {
            this.text = text;
        }

        /** The people line holding position {@code at} inside its list, if the line opens with one of the labels. */
        public Optional<Line> lineAt(int at) {
            if (lineStart < 0 || at < lineStart || at > lineEnd) {
                lineStart = text.lastIndexOf('\n', at - 1) + 1;
                int end = text.indexOf('\n', at);
                lineEnd = end < 0 ? text.length() : end;
                labelled = labelOf(lineStart, lineEnd);
            }
            return labelled != null && labelled.listStart() <= at ? Optional.of(labelled) : Optional.empty();
        }

        private Line labelOf(int start, int end) {
            for (Label label : labels) {
                Matcher m = label.pattern().matcher(Deadline.guard(text)).region(start, end);
                if (m.lookingAt()) {
                    return new Line(label, m.end(), end);
                }
            }
            return null;
        }
    }

    /** Every people line of the text, in order. */
    public List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            for (Label label : labels) {
                Matcher m = label.pattern().matcher(Deadline.guard(text)).region(start, end);
                if (m.lookingAt()) {
                    out.add(new Line(label, m.end(), end));
                    break;
                }
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * The items of a line's list: split at 、 , ; and spaces outside parentheses (蔡永福(书记、主任) is one item);
     * each item's span without its parenthesised part.
     */
    public static List<int[]> items(String text, Line line) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int from = line.listStart();
        int nameEnd = -1;
        for (int i = line.listStart(); i <= line.end(); i++) {
            char c = i < line.end() ? text.charAt(i) : '、';
            if (c == '(') {
                if (depth++ == 0 && nameEnd < 0) {
                    nameEnd = i;
                }
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "、,;; ".indexOf(c) >= 0) {
                int end = nameEnd >= 0 ? nameEnd : i;
                if (end > from) {
                    items.add(new int[] {from, end});
                }
                from = i + 1;
                nameEnd = -1;
            }
        }
        return items;
    }
}
