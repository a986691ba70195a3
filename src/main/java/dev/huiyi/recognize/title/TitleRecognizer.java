package dev.huiyi.recognize.title;

import dev.huiyi.text.Deadline;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.recognize.TextChars;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.BitSet;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;

/**
 * Titles: a post head noun (书记, 部长, 部领导…) with the unit prefix before it read leftwards up to
 * punctuation, a stop word (由, 在, 会议…) or a person (中央纪委国家监委驻科技部纪检监察组组长; 王志刚|部长).
 * A post that continues into a longer word (主任会议, 常委会) is not a title.
 */
public final class TitleRecognizer implements Recognizer {
    /** A running-text word cut off a title's prefix has at least two characters (随后, 同时; not 最 of 最高检). */
    private static final int MIN_RUNNING_WORD = 2;
    private static final int MAX_TITLE = 40;
    /** The longest aside in parentheses inside a title's unit (武汉大学人民医院). */
    private static final int MAX_ASIDE = 12;
    /** The longest quoted name inside a title's unit (市“三会”, “一带一路”…联盟). */
    private static final int MAX_QUOTED = 8;
    private final TitleLexicon lexicon;

    public TitleRecognizer(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public MentionType type() {
        return MentionType.TITLE;
    }

    /** 分管财务工作的|副总经理: a clause before the post that is part of the title (models/title/clauses.tsv). */
    private int withClause(String text, int start, int lastEnd) {
        int from = Math.max(Math.max(0, lastEnd), start - 24);
        if (from >= start) {
            return start;
        }
        for (Pattern clause : lexicon.clauses()) {
            Matcher m = clause.matcher(Deadline.guard(text)).region(from, start);
            if (m.find()) {
                return m.start();
            }
        }
        return start;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        // bits, not a byte a character: they live with the tokens, at the document's peak of memory
        BitSet personStart = new BitSet(text.length() + 1);
        BitSet personEnd = new BitSet(text.length() + 1);
        for (Mention m : earlier) {
            if (m.type() == MentionType.PERSON) {
                personStart.set(m.start());
                personEnd.set(m.end());
            }
        }
        List<Mention> titles = new ArrayList<>();
        int lastEnd = -1;
        for (int end = 1; end <= text.length(); end++) {
            int post = lexicon.postEndingAt(text, end);
            if (post == 0) {
                continue;
            }
            int start = end - post;
            boolean afterName = personEnd.get(start) && !lexicon.isLabel(text.substring(start, end));
            // A、B、C等|副院长, A、B、C|三位|副院长: a post after a list's 等 or its count of people is read as it stands (a
            // longer label there names a kind of people as often as a post: 15名|基层党组织书记, 11位|高校校长)
            int count = lexicon.countStartBefore(text, start, end);
            boolean afterEtc = start > 0 && text.charAt(start - 1) == '等' || count > 0 && personEnd.get(count);
            if (personEnd.get(start) && !afterName) {
                continue;
            }
            if (!afterName && !afterEtc && !titleMayEndAt(text, end, personStart)) {
                continue;
            }
            while (!afterName && !afterEtc && start > 0 && end - start < MAX_TITLE && start > lastEnd) {
                char c = text.charAt(start - 1);
                // 党委组织部(统战部)|部长, 省人民医院(武汉大学人民医院)|党委书记: a short aside inside the unit's name
                int aside = c == ')' ? asideOpening(text, start - 1) : -1;
                if (aside > 0 && aside > lastEnd && TextChars.isHan(text.charAt(aside - 1))) {
                    start = aside;
                    continue;
                }
                // 市“三会”|高级顾问, “一带一路”音乐教育联盟组委会|主任: a short quoted name inside the unit, Han after it
                int quote = c == '”' && TextChars.isHan(text.charAt(start)) ? quoteOpening(text, start - 1) : -1;
                if (quote >= 0 && quote > lastEnd) {
                    start = quote;
                    continue;
                }
                // 李明远|任|中共宝鸡市委书记, 选举郜峰|为|会长: a verb of appointment after a name ends the prefix as a joiner does
                boolean joinerAfterPerson = "和及与任为".indexOf(c) >= 0 && personEnd.get(start - 1);
                if (TextChars.isBreak(c) || personEnd.get(start) || joinerAfterPerson || lexicon.prefixStopEndingAt(text, start) > 0
                        || isMark(c)) {
                    break;
                }
                start--;
            }
            // …报告》和|财务科长: a conjunction opening the prefix joins this item to the one before; it is no part of it.
            if (!afterName && !afterEtc && end - start > post && "和及与".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            // 随后|市委副书记, 同时|市文联主席: an adverb or conjunction HanLP reads before the post is running text,
            // not the post's unit (not a single character: 最|高检, 网|约|车).
            if (!afterName && !afterEtc) {
                start = input.tokens().afterLastTagged(start, end - post, lexicon.runningTextPos(), MIN_RUNNING_WORD);
            }
            // A longer post from the same start (常委 → 常委会领导) replaces the shorter one.
            if (!titles.isEmpty() && titles.get(titles.size() - 1).start() == start) {
                titles.remove(titles.size() - 1);
            } else if (start < lastEnd) {
                continue;
            }
            // 宣传部部长兼统战部部长: 兼 does not split a title.
            if (!titles.isEmpty() && start > 0 && text.charAt(start - 1) == '兼'
                    && titles.get(titles.size() - 1).end() == start - 1) {
                start = titles.remove(titles.size() - 1).start();
            }
            // 杨志远|代表学校党委向与会民主党派代表致以…: a label (代表, posts.tsv kind=label) counts only before names;
            // right after a name it is the verb, and what follows it no title.
            if (!afterName && personEnd.get(start) && end - start > 2 && startsWithLabel(text, start)) {
                continue;
            }
            start = withBodiesUnderOneHead(input, start, lastEnd, personEnd);
            start = withClause(text, start, lastEnd);
            titles.add(Mention.in(text, MentionType.TITLE, start, end, "title:post", 0.9));
            lastEnd = end;
        }
        return titles;
    }

    private boolean startsWithLabel(String text, int start) {
        int post = lexicon.postAt(text, start);
        return post > 0 && lexicon.isLabel(text.substring(start, start + post));
    }

    /** Where the “ of a short quoted name of Han characters closing at {@code close} stands, or -1. */
    private static int quoteOpening(String text, int close) {
        for (int k = close - 1; k >= 0 && close - k <= MAX_QUOTED; k--) {
            char c = text.charAt(k);
            if (c == '“') {
                return k < close - 1 ? k : -1;
            }
            if (!TextChars.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the ( of a short aside of Han characters closing at {@code close} stands, or -1. */
    private static int asideOpening(String text, int close) {
        for (int k = close - 1; k >= 0 && close - k <= MAX_ASIDE; k--) {
            char c = text.charAt(k);
            if (c == '(') {
                return k < close - 1 ? k : -1;
            }
            if (!TextChars.isHan(c) && c != '、') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 中央港澳办、国务院港澳办主任: bodies joined by 、 under one head noun stay one title (the contract's
     * decision). A chunk before 、 that holds no post, no person and no word for a job joins the title that follows it.
     */
    private int withBodiesUnderOneHead(RecognitionInput input, int start, int lastEnd, BitSet personEnd) {
        String text = input.text();
        int merged = start;
        while (merged > 1 && text.charAt(merged - 1) == '、') {
            int chunkEnd = merged - 1;
            int chunkStart = chunkEnd;
            while (chunkStart > 0 && chunkStart > lastEnd && TextChars.isHan(text.charAt(chunkStart - 1))
                    && !personEnd.get(chunkStart) && lexicon.stopEndingAt(text, chunkStart) == 0) {
                chunkStart--;
            }
            int length = chunkEnd - chunkStart;
            boolean bodyOnly = length >= 2 && length <= 12 && !personEnd.get(chunkEnd)
                    && !holdsPost(text, chunkStart, chunkEnd)
                    // 营业员詹秀琳|、网格站长: a job HanLP names (nnt) makes the chunk a person's item of the list
                    && input.tokens().afterLastTagged(chunkStart, chunkEnd, lexicon.personNounPos()) == chunkStart
                    && (chunkStart == 0 || TextChars.isBreak(text.charAt(chunkStart - 1)));
            if (!bodyOnly) {
                break;
            }
            merged = chunkStart;
        }
        return merged;
    }

    /**
     * Whether the chunk ends in a post, or holds one followed by two characters or more: 副院长乌云其其格|、纪检组长 is
     * a post and a name the person reader could not read, not a body sharing the next post's head noun (监事|会 and
     * 监察委员|会 are bodies: one character after the post continues its word).
     */
    private boolean holdsPost(String text, int chunkStart, int chunkEnd) {
        for (int end = chunkStart + 1; end <= chunkEnd; end++) {
            int post = lexicon.postEndingAt(text, end);
            if (post > 0 && end - post >= chunkStart && (end == chunkEnd || chunkEnd - end >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** ▲, ●, ★: a caption or bullet mark before a title is no part of it (letters and digits are: CT室主任). */
    private static boolean isMark(char c) {
        return !TextChars.isHan(c) && !Character.isLetterOrDigit(c) && "()·".indexOf(c) < 0;
    }

    private boolean titleMayEndAt(String text, int end, BitSet personStart) {
        if (end >= text.length() || personStart.get(end)) {
            return true;
        }
        char next = text.charAt(end);
        // …就座的大会主席团常务委员有:A、B, 大会执行主席是:A、B — a post before the list of its holders (list_link).
        int link = lexicon.listLinkEndAt(text, end);
        return TextChars.isBreak(next) || text.startsWith("同志", end) || text.startsWith("兼", end)
                || text.startsWith("有:", end) || link > 0 && personStart.get(link);
    }
}
