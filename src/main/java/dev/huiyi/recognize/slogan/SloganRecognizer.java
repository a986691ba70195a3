package dev.huiyi.recognize.slogan;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Policy slogans: short quoted formulas and catch-phrases (“两个维护”, “国之大者”, 「三不」) and a lexicon of
 * formulas printed without quotes. Quoted direct speech, unit and project names are not slogans
 * ({@code models/slogan/not_slogans.tsv}); 《》 titles are never read.
 */
public final class SloganRecognizer implements Recognizer {
    private static final String OPEN = "“「『\"";
    private static final String CLOSE = "”」』\"";
    /** How many adjacent quotes a run may hold, and how long each (a bound that keeps a quote run linear). */
    private static final int MAX_ADJACENT = 8;
    private static final int MAX_ADJACENT_LENGTH = 30;
    /** Characters either side of a quote that a context rule (one written with “ or ”) sees. */
    private static final int CONTEXT = 6;
    private final List<String> formulas;
    /** Rules read on the quoted text itself. */
    private final List<Pattern> onQuoted;
    /** Rules written with a quote mark, read around the quote (题为“…”, “…”网站). */
    private final List<Pattern> aroundQuote;

    private SloganRecognizer(List<String> formulas, List<Pattern> exclusions) {
        this.formulas = List.copyOf(formulas);
        this.onQuoted = exclusions.stream().filter(p -> !readsAroundQuote(p)).toList();
        this.aroundQuote = exclusions.stream().filter(SloganRecognizer::readsAroundQuote).toList();
    }

    private static boolean readsAroundQuote(Pattern p) {
        return p.pattern().indexOf('“') >= 0 || p.pattern().indexOf('”') >= 0;
    }

    public static SloganRecognizer load(ModelSource models) {
        List<Pattern> exclusions = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("slogan/not_slogans.tsv"), 1)) {
            exclusions.add(row.regex(0));
        }
        return new SloganRecognizer(TsvReader.words(models.read("slogan/formulas.tsv")), exclusions);
    }

    private static boolean noneFinds(List<Pattern> rules, String text) {
        return rules.stream().noneMatch(p -> p.matcher(Deadline.guard(text)).find());
    }

    @Override
    public MentionType type() {
        return MentionType.SLOGAN;
    }

    /** Where a run of quotes that follow one another directly (“A”“B”, “A”、“B”) ends, from {@code at}. */
    private static int afterAdjacentQuotes(String text, int at) {
        int end = at;
        for (int n = 0; n < MAX_ADJACENT; n++) {
            int open = end < text.length() && text.charAt(end) == '、' ? end + 1 : end;
            if (open >= text.length() || text.charAt(open) != '“') {
                break;
            }
            int close = closeWithin(text, open + 1);
            if (close < 0) {
                break;
            }
            end = close + 1;
        }
        return end;
    }

    /** The ” closing a short quote opened before {@code from}, on its line; -1 past the bound (no scan to the end). */
    private static int closeWithin(String text, int from) {
        for (int k = from; k < Math.min(text.length(), from + MAX_ADJACENT_LENGTH); k++) {
            char c = text.charAt(k);
            if (c == '”') {
                return k;
            }
            if (c == '\n' || c == '“') {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        List<Mention> found = new ArrayList<>();
        // the next close mark of each kind and the next newline, searched again only once passed: a search per
        // opening mark was quadratic in a text of unclosed quotes
        int[] nextClose = new int[CLOSE.length()];
        Arrays.fill(nextClose, -2);
        int nextNewline = -2;
        for (int i = 0; i < text.length(); i++) {
            if ((i & 1023) == 0) {
                Deadline.check(); // a long document stops here when over its budget
            }
            int kind = OPEN.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            if (nextClose[kind] != -1 && nextClose[kind] < i + 1) {
                nextClose[kind] = text.indexOf(CLOSE.charAt(kind), i + 1);
            }
            if (nextNewline != -1 && nextNewline < i + 1) {
                nextNewline = text.indexOf('\n', i + 1);
            }
            int close = nextClose[kind];
            int newline = nextNewline;
            if (close < 0 || (newline >= 0 && newline < close)) {
                continue;
            }
            String inner = text.substring(i + 1, close);
            // “A”“B”分会场: the words after a run of adjacent quotes are the context of each of them
            int after = afterAdjacentQuotes(text, close + 1);
            String around = text.substring(Math.max(0, i - CONTEXT), close + 1)
                    + text.substring(after, Math.min(text.length(), after + CONTEXT));
            if (inner.length() >= 2 && noneFinds(onQuoted, inner) && noneFinds(aroundQuote, around)) {
                found.add(new Mention(MentionType.SLOGAN, new Span(i + 1, close), inner, inner, "slogan:quoted", 0.9));
            }
            i = close;
        }
        for (String formula : formulas) {
            for (int at = text.indexOf(formula); at >= 0; at = text.indexOf(formula, at + 1)) {
                Span span = new Span(at, at + formula.length());
                if (found.stream().noneMatch(m -> m.span().overlaps(span))) {
                    found.add(new Mention(MentionType.SLOGAN, span, formula, formula, "slogan:formula", 0.8));
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }
}
