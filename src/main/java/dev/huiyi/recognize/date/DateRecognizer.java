package dev.huiyi.recognize.date;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.resources.LearntCharSet;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates over the normalised text with exact offsets (our own rules: libraries that rewrite the text first
 * lose offsets and resolve towards the future, which is wrong for news). Patterns: {@code models/date/patterns.tsv}.
 */
public final class DateRecognizer implements Recognizer {
    private record Rule(String id, ScanPattern pattern) {
    }

    /** How many days before the reference date a relative word points, by its first character (昨晚, 前日, 今晨). */
    private static final java.util.Map<Character, Integer> RELATIVE_DAYS = java.util.Map.of('今', 0, '昨', 1, '前', 2);
    /** What stands between a dateline's date and the report's first word: 电/讯 and a reporter's note. */
    private static final Pattern DATELINE_GAP = Pattern.compile("(讯|电|消息)\\s*(\\([^()]{0,40}\\))?\\s*");
    /** How far a relative word may stand after the dateline's date (the reporters' names between). */
    private static final int DATELINE_GAP_REACH = 50;
    private final List<Rule> rules;
    /** Characters some rule can start with: most positions of a text start no date. */
    private final LearntCharSet dateStarts;

    private DateRecognizer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.dateStarts = new LearntCharSet(c -> this.rules.stream().anyMatch(r -> r.pattern().mayStartWith(c)));
    }

    public static DateRecognizer load(ModelSource models) {
        List<Rule> rules = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("date/patterns.tsv"), 2)) {
            rules.add(new Rule(row.get(0), ScanPattern.of(row.regex(1))));
        }
        return new DateRecognizer(rules);
    }

    @Override
    public MentionType type() {
        return MentionType.DATE;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        List<Mention> mentions = new ArrayList<>();
        String text = input.text();
        // one string per distinct value and rule, not per mention: a line of dates held a copy of each per date
        Map<String, String> shared = new HashMap<>();
        // each date becomes its mention as it is found: a list of the dates first held about 150 bytes a date
        find(text, 0, text.length(), input.referenceDate(), e -> mentions.add(Mention.in(text, MentionType.DATE,
                e.span().start(), e.span().end(), shared.computeIfAbsent(e.isoValue(), v -> v),
                shared.computeIfAbsent("date:" + e.ruleId(), p -> p), 1.0)));
        return mentions;
    }

    /** All dates in {@code text[from, to)}, left to right, longest match at each position. */
    public List<DateExpression> find(String text, int from, int to, LocalDate reference) {
        List<DateExpression> found = new ArrayList<>();
        find(text, from, to, reference, found::add);
        return found;
    }

    /** {@link #find(String, int, int, LocalDate)}, each date handed to {@code found} in turn, none kept. */
    private void find(String text, int from, int to, LocalDate reference, Consumer<DateExpression> found) {
        DateExpression previous = null;
        Matcher[] matchers = new Matcher[rules.size()]; // one per rule, made when first needed
        int pos = from;
        while (pos < to) {
            if (!dateStarts.contains(text.charAt(pos))) {
                pos++;
                continue;
            }
            DateExpression best = null;
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                if (!rule.pattern().mayStartWith(text.charAt(pos))) {
                    continue;
                }
                if (matchers[r] == null) {
                    // transparent bounds: the rules' look-behinds (no digit before a day) see the text before pos
                    matchers[r] = rule.pattern().matcher(Deadline.guard(text)).useTransparentBounds(true);
                }
                Matcher m = matchers[r].region(pos, to);
                if (m.lookingAt() && (best == null || m.end() > best.span().end())) {
                    boolean dayOnly = group(m, "d") != null && group(m, "m") == null && group(m, "y") == null;
                    // 2月20日和21日: a bare day right after a date takes that date's month, not the reference's;
                    // 本报北京2月28日电 今天上午: a relative word right after a dateline counts from the dateline.
                    LocalDate context = dayOnly ? dayContext(text, previous, pos)
                            : group(m, "rel") != null ? datelineContext(text, previous, pos) : null;
                    Optional<DateExpression> resolved = resolve(rule.id(), m, text,
                            context != null ? context : reference);
                    if (resolved.isPresent()) {
                        best = resolved.get();
                    }
                }
            }
            if (best != null) {
                found.accept(best);
                previous = best;
                pos = best.span().end();
            } else {
                pos++;
            }
        }
    }

    /**
     * 2月20日和21日: a bare day right after a date in the same sentence takes that date's month (the last day of
     * that month is the reference, so the day resolves within it); null when there is no such date.
     */
    private static LocalDate dayContext(String text, DateExpression previous, int pos) {
        if (previous == null) {
            return null;
        }
        int gapStart = previous.span().end();
        if (pos - gapStart > 4 || text.substring(gapStart, pos).matches(".*[\\n。;].*")) {
            return null;
        }
        LocalDate day = previous.end() != null ? previous.end() : previous.start();
        return day.withDayOfMonth(day.lengthOfMonth());
    }

    /** The date of a dateline (齐鲁网11月21日讯 (记者 滕帅)) right before {@code pos}, or null. */
    private static LocalDate datelineContext(String text, DateExpression previous, int pos) {
        if (previous == null || pos - previous.span().end() > DATELINE_GAP_REACH) {
            return null;
        }
        return DATELINE_GAP.matcher(text.substring(previous.span().end(), pos)).matches() ? previous.start() : null;
    }

    /** The first date (with its time, if any) in a date line: the publication date. */
    public Optional<DateExpression> firstIn(String text, int from, int to) {
        return find(text, from, to, null).stream().filter(d -> d.start() != null).findFirst();
    }

    private static Optional<DateExpression> resolve(String id, Matcher m, String text, LocalDate reference) {
        try {
            String rel = group(m, "rel");
            if (rel != null) {
                if (reference == null) {
                    return Optional.empty();
                }
                LocalDate day = reference.minusDays(RELATIVE_DAYS.getOrDefault(rel.charAt(0), 0));
                return Optional.of(new DateExpression(new Span(m.start(), m.end()), text.substring(m.start(), m.end()),
                        day, null, null, id));
            }
            Integer y = number(m, "y");
            Integer mo = number(m, "m");
            int d = number(m, "d");
            LocalDate start;
            if (y != null) {
                start = LocalDate.of(y, mo, d);
            } else if (reference == null) {
                return Optional.empty();
            } else if (mo != null) {
                start = LocalDate.of(reference.getYear(), mo, d);
                if (start.isAfter(reference.plusDays(1))) {
                    start = start.minusYears(1);
                }
            } else {
                start = LocalDate.of(reference.getYear(), reference.getMonthValue(), d);
                if (start.isAfter(reference.plusDays(1))) {
                    start = start.minusMonths(1);
                }
            }
            LocalDate end = null;
            if (group(m, "d2") != null) {
                Integer m2 = number(m, "m2");
                end = LocalDate.of(start.getYear(), m2 != null ? m2 : start.getMonthValue(), number(m, "d2"));
                if (end.isBefore(start)) {
                    end = end.plusYears(m2 != null ? 1 : 0).plusMonths(m2 != null ? 0 : 1);
                }
            }
            LocalTime time = null;
            if (group(m, "h") != null) {
                int hour = number(m, "h");
                if ("下午".equals(group(m, "ap")) && hour < 12) {
                    hour += 12;
                }
                time = LocalTime.of(hour, number(m, "min"));
            }
            Span span = new Span(m.start(), m.end());
            return Optional.of(new DateExpression(span, text.substring(m.start(), m.end()), start, end, time, id));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer number(Matcher m, String name) {
        String g = group(m, name);
        return g == null ? null : ChineseNumerals.parse(g);
    }
}
