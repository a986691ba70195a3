package dev.huiyi.recognize.person;

import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A 、-list that its closing words say is a list of units ({@code models/person/unit_list_closers.tsv}):
 * 交运、住建、文旅、高寨子等单位作了发言. Its items are short names of units, so none is a person, whatever shape they
 * have (文旅, 高寨子 read as names by HanLP).
 */
final class UnitListCloser {
    /** How many items a list may still have after the candidate: a bound that keeps endless lists linear. */
    private static final int MAX_ITEMS = 40;
    /** The longest item read on the way to the closing words. */
    private static final int MAX_ITEM = 14;
    private final List<Pattern> closers;
    /** Words no item of such a list holds (person/list_breakers.tsv): a topic's opener ends the list there. */
    private final List<Pattern> breakers;

    private UnitListCloser(List<Pattern> closers, List<Pattern> breakers) {
        this.closers = List.copyOf(closers);
        this.breakers = List.copyOf(breakers);
    }

    static UnitListCloser load(ModelSource models) {
        return new UnitListCloser(regexes(models, "person/unit_list_closers.tsv"), regexes(models, "person/list_breakers.tsv"));
    }

    private static List<Pattern> regexes(ModelSource models, String path) {
        List<Pattern> patterns = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read(path), 1)) {
            patterns.add(row.regex(0));
        }
        return patterns;
    }

    /**
     * Whether the item ending at {@code end} belongs to a list closed by unit words: the closing words follow it
     * directly, or after more 、-items.
     */
    boolean itemAt(String text, int end) {
        int at = end;
        for (int items = 0; items <= MAX_ITEMS && at < text.length(); items++) {
            if (closesAt(text, at)) {
                return true;
            }
            if (text.charAt(at) != '、') {
                return false;
            }
            int next = at + 1;
            int limit = Math.min(text.length(), next + MAX_ITEM);
            while (next < limit && text.charAt(next) != '、' && !closesAt(text, next)
                    && Character.isLetterOrDigit(text.charAt(next))) {
                if (endsListHere(text, next) || breaksListAt(text, next)) {
                    // 倪敏、项宇|等委员分别就…等方面: the list closes at a 等 of its own, with other words;
                    // 龚广丽|围绕|…等工作: a topic opens after the list, which is no list of units
                    return false;
                }
                next++;
            }
            if (next == at + 1 || next >= limit) {
                return false;
            }
            at = next;
        }
        return false;
    }

    /** Words in which 等 means a degree, not "and others" (高等学校, 中等职业学校, 平等): no list closes there. */
    private static final String DEGREE_BEFORE_DENG = "高中初平均同对相上优";

    /** Whether a 等 at {@code at} inside an item closes the list there (not 高等学校): items never run across it. */
    private static boolean endsListHere(String text, int at) {
        return text.charAt(at) == '等' && at > 0 && DEGREE_BEFORE_DENG.indexOf(text.charAt(at - 1)) < 0;
    }

    private boolean breaksListAt(String text, int at) {
        return anyAt(breakers, text, at);
    }

    private boolean closesAt(String text, int at) {
        return text.charAt(at) == '等' && anyAt(closers, text, at);
    }

    private static boolean anyAt(List<Pattern> patterns, String text, int at) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(Deadline.guard(text)).region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
