package dev.huiyi.examples;

import dev.huiyi.api.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markup of {@code models/*}{@code /examples.tsv}: {@code [surface]{SPEC}} marks {@code surface} with
 * {@code SPEC}; everything else is plain text. The text without markup is the example's input, and each mark's
 * span points into it.
 */
record Markup(String text, List<Mark> marks) {
    private static final Pattern MARK = Pattern.compile("\\[([^\\[\\]{}]+)\\]\\{([^{}\\[\\]]+)\\}");

    /** One marked stretch: where it is in the plain text, what it says, and its spec ({@code PERSON}, {@code KP:王志刚}…). */
    record Mark(Span span, String surface, String spec) {
        /** The part of the spec before the first {@code =} or {@code :} ({@code DATE=2021-11-29} → {@code DATE}). */
        String head() {
            int cut = firstOf(spec, "=:");
            return cut < 0 ? spec : spec.substring(0, cut);
        }

        /** The value after {@code =} ({@code PLACE=北京} → {@code 北京}), or null. */
        String value() {
            int eq = spec.indexOf('=');
            return eq < 0 ? null : spec.substring(eq + 1);
        }

        /** The part after the first {@code :} ({@code ATTENDEE,SPEAKER:讲话} → {@code 讲话}), or null. */
        String afterColon() {
            int colon = spec.indexOf(':');
            return colon < 0 ? null : spec.substring(colon + 1);
        }

        @Override
        public String toString() {
            return "[" + surface + "]{" + spec + "}@" + span.start() + "-" + span.end();
        }

        private static int firstOf(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Parses one example; the two characters {@code \\n} stand for a line break (a headline or a date line). */
    static Markup parse(String example) {
        String marked = example.replace("\\n", "\n");
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            marks.add(new Mark(new Span(start, text.length()), m.group(1), m.group(2).strip()));
            last = m.end();
        }
        text.append(marked.substring(last));
        String plain = text.toString();
        if (plain.matches("(?s).*\\]\\{[^{}]*\\}.*")) {
            throw new IllegalArgumentException("unparsed markup left in: " + plain);
        }
        return new Markup(plain, List.copyOf(marks));
    }
}
