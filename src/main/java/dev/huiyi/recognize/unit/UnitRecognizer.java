package dev.huiyi.recognize.unit;

import dev.huiyi.text.Deadline;
import dev.huiyi.recognize.OverlapPolicy;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.recognize.TextChars;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;
import dev.huiyi.text.Tokens;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Organisations. A reading starts at an anchor (a gazetteer entry, a place, a level word 省/市/县 at a
 * boundary, or a HanLP organisation token) and runs right to the last unit head noun before punctuation or
 * a stop word (北京市|科委, 科技部|战略规划司). After a unit, 和/、/及 may start another reading without an
 * anchor (…规划司和政策法规与创新体系建设司). Generic collectives (各…, 有关…) are dropped.
 */
public final class UnitRecognizer implements Recognizer {
    /** How long a unit joined to a division must read (国网天水供电公司; not 与|会, a word). */
    private static final int MIN_JOINED = 4;
    private static final int MAX_UNIT = 30;
    /** The longest department name read as the subject of a report without an anchor (院长办, 财务科). */
    private static final int MAX_DEPARTMENT = 8;
    private static final String LIST_JOINERS = "、和及";
    /** The one-character stop words that join two units (A和B); inside a noun HanLP reads they join none. */
    private static final String JOINERS = "和与及";
    private final UnitLexicon lexicon;
    private final UnitKinds kinds;
    private final String levelWords;
    private final String placeLevels;
    private final ScanPattern abbreviatedOwner;
    /** 中国|化学会, 中华|医学会: national prefixes that open a body's name at a boundary (unit/grammar.tsv). */
    private final ScanPattern nationalPrefix;
    /** 全市|国防教育领导小组(扩大)会议: a scope word before a body owning a meeting's name (grammar.tsv jurisdiction_body). */
    private final ScanPattern jurisdictionBody;
    /** The rule of a jurisdiction's body: a reading that opens with a scope word and is no generic collective. */
    private static final String JURISDICTION = "unit:jurisdiction";
    /** 院长办|作了…报告, 财务科|汇报: what follows a unit that opens its clause as the subject of a report. */
    private final ScanPattern subjectVerb;
    /**
     * 县财政局|组织县教育局、…召开: a verb that brings the units after it together ends the unit it follows (unit/grammar.tsv
     * verb_after_unit); 社会组织, 组织人事部 follow no complete unit and stay names.
     */
    private final ScanPattern verbAfterUnit;
    /** 县政协|十一届九次常委会: a term that ends a unit's reading (unit/grammar.tsv meeting_term). */
    private final ScanPattern meetingTerm;
    /** The numerals of a term (十一届): unit/grammar.tsv term_numerals. */
    private final String termNumerals;
    /** 财务科, 审计股: heads of departments besides the unit head nouns (unit/grammar.tsv department_head). */
    private final java.util.regex.Pattern departmentHead;
    private final String continuesHead;
    private final String continuesStrong;
    /** 大众公用事业|(集团)|股份有限公司: what a parenthesised aside inside a firm's name may hold (unit/grammar.tsv name_aside). */
    private final java.util.regex.Pattern nameAside;
    /** HanLP tags of running text, never part of a unit's name (unit/grammar.tsv running_text_pos). */
    private final java.util.Set<String> runningTextPos;
    /** HanLP tags of a connective opening a reporting department's clause (unit/grammar.tsv subject_opener_pos). */
    private final java.util.Set<String> subjectOpenerPos;

    public UnitRecognizer(UnitLexicon lexicon) {
        this.lexicon = lexicon;
        this.kinds = new UnitKinds(lexicon);
        this.levelWords = lexicon.grammar().text("level_words");
        this.placeLevels = lexicon.grammar().text("place_levels");
        this.continuesHead = lexicon.grammar().text("continues_head");
        this.continuesStrong = lexicon.grammar().text("continues_strong");
        this.abbreviatedOwner = ScanPattern.of(lexicon.grammar().regex("abbreviated_owner"));
        this.nationalPrefix = ScanPattern.of(lexicon.grammar().regex("national_prefix"));
        this.jurisdictionBody = ScanPattern.of(lexicon.grammar().regex("jurisdiction_body"));
        this.subjectVerb = ScanPattern.of(lexicon.grammar().regex("subject_verb"));
        this.meetingTerm = ScanPattern.of(lexicon.grammar().regex("meeting_term"));
        this.verbAfterUnit = ScanPattern.of(lexicon.grammar().regex("verb_after_unit"));
        this.termNumerals = lexicon.grammar().text("term_numerals");
        this.departmentHead = lexicon.grammar().regex("department_head");
        this.nameAside = lexicon.grammar().regex("name_aside");
        this.runningTextPos = java.util.Set.of(lexicon.grammar().text("running_text_pos").strip().split("\\s+"));
        this.subjectOpenerPos = java.util.Set.of(lexicon.grammar().text("subject_opener_pos").strip().split("\\s+"));
    }

    @Override
    public MentionType type() {
        return MentionType.UNIT;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        // Bit sets, not a boolean or int per character: these three live together with the tokens, at the
        // document's peak of memory (a hostile one-line document held 6 bytes a character here).
        BitSet blocked = new BitSet(text.length());
        for (Mention m : earlier) {
            if (m.type() == MentionType.PERSON) {
                blocked.set(m.start(), m.end());
            }
        }
        Tokens words = input.tokens();
        // 中国热带|作物|学会, 江州市|作家协会: a one-character stop word inside a longer noun HanLP reads (作物, 作家) is
        // part of the name, not the verb 作 of 作了报告 that ends a reading; so is a joiner inside one (嘉和|社区,
        // 协和|医院, 永和|街道), which joins no two units.
        BitSet stopInNoun = new BitSet(text.length());
        // 和平|街道, 和顺县: a joiner that opens such a noun (和平, 和顺) is the name's first character, not a joiner
        // before it: a stop word in a noun that is also the noun's first character and a joiner.
        BitSet joinerOpensNoun = new BitSet(text.length());
        for (int t = 0; t < words.size(); t++) {
            // 双拥|工作|领导小组, 防汛抗旱|工作|指挥部: a verbal noun (vn) before a noun is a noun of the name too
            // (not before a verb: 市政府|工作|部署)
            boolean nounBefore = t + 1 < words.size() && words.pos(t + 1).startsWith("n");
            if ((words.pos(t).startsWith("n") || words.pos(t).equals("vn") && nounBefore)
                    && words.end(t) - words.start(t) >= 2) {
                for (int k = words.start(t); k < words.end(t); k++) {
                    if (lexicon.stops().longestAt(text, k) == 1) {
                        stopInNoun.set(k);
                    }
                }
                int first = words.start(t);
                if (stopInNoun.get(first) && JOINERS.indexOf(text.charAt(first)) >= 0) {
                    joinerOpensNoun.set(first);
                }
            }
        }
        // Where a stop word ends: asked for at every position by several of the passes below (only whether one does).
        BitSet stopEndsAt = new BitSet(text.length() + 1);
        // 会同|江州市: no unit starts inside a stop word (同江 is a county's short name).
        BitSet insideStop = new BitSet(text.length() + 1);
        for (int i = 1; i <= text.length(); i++) {
            int stop = lexicon.stops().longestEndingAt(text, i);
            if (stop > 0 && !(stop == 1 && stopInNoun.get(i - 1))) {
                stopEndsAt.set(i);
                insideStop.set(i - stop + 1, i);
            }
        }
        // 县财政局组织|县教育局: a verb bringing units together ends a phrase as a stop word does (grammar.tsv
        // verb_after_unit), so the unit after it starts there.
        Matcher gathers = verbAfterUnit.matcher(text);
        for (int at = 0; verbAfterUnit.find(gathers, text, at, text.length()); at = ScanPattern.resumeAfter(gathers)) {
            stopEndsAt.set(gathers.end());
        }
        // 由|市经济和信息化委员会: a preposition ends the phrase before it like punctuation does.
        BitSet afterPreposition = new BitSet(text.length() + 1);
        for (int t = 0; t < words.size(); t++) {
            if (words.pos(t).equals("p")) {
                afterPreposition.set(words.end(t));
            }
        }
        BitSet anchor = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            if ((i & 1023) == 0) {
                Deadline.check(); // a long document stops here when over its budget
            }
            boolean atBoundary = i == 0 || TextChars.isBreak(text.charAt(i - 1)) || stopEndsAt.get(i)
                    || afterYear(text, i) || afterPreposition.get(i) || afterTermAt(text, i);
            anchor.set(i, lexicon.gazetteer().longestAt(text, i) > 0 || lexicon.places().longestAt(text, i) > 0
                    || (atBoundary && levelWords.indexOf(text.charAt(i)) >= 0)
                    || (atBoundary && lexicon.fullDivisions().longestAt(text, i) > 0)
                    || (atBoundary && (ownerAbbreviation(text, i) || startsWith(nationalPrefix, text, i))));
        }
        for (int i = 1; i < text.length() - 3; i++) {
            boolean atBoundary = TextChars.isBreak(text.charAt(i - 1)) || stopEndsAt.get(i);
            // 江州市第一人民医院: a place name the gazetteer does not know, written with its level word.
            for (int len = 3; atBoundary && len <= 4; len++) {
                if (i + len < text.length() && placeLevels.indexOf(text.charAt(i + len - 1)) >= 0
                        && allHan(text, i, i + len + 1)) {
                    // 由|江州市科学技术协会: a preposition or verb opening the clause is no part of the place.
                    // 十一届|县: a term before a level word is none of a place's name.
                    int start = afterTerm(text, words.afterLastTagged(i, i + len - 1, runningTextPos), i + len - 1);
                    if (i + len - start >= 3) {
                        anchor.set(start);
                    }
                }
            }
        }
        if (text.length() > 4 && placeLevels.indexOf(text.charAt(2)) >= 0 && allHan(text, 0, 4)) {
            anchor.set(0);
        }
        List<Mention> subjects = new ArrayList<>();
        for (int i = 0; i < text.length() - 2; i++) {
            if ((i == 0 || TextChars.isBreak(text.charAt(i - 1))) && !blocked.get(i)) {
                int from = afterOpener(words, i);
                int end = subjectEnd(text, from);
                if (end > from) {
                    subjects.add(unit(text, from, end, joinerOpensNoun, "unit:subject", 0.8));
                }
            }
        }
        for (int end = 2; end <= text.length(); end++) {
            // 江州大学, 西岭能源集团有限公司: a strong head noun marks a unit; its name starts at the clause.
            boolean partOfWord = end < text.length() && continuesStrong.indexOf(text.charAt(end)) >= 0; // 大学生
            int head = lexicon.rightAnchors().longestEndingAt(text, end);
            if (head == 0 || continuesWord(text, end) || partOfWord) {
                continue;
            }
            int start = end - head;
            while (start > 0 && end - start < 14 && TextChars.isHan(text.charAt(start - 1)) && !blocked.get(start - 1)
                    && !stopEndsAt.get(start)) {
                start--;
            }
            // 奋力推动|学院, 未来五年|医院: running text before a head noun is no name; the name starts after the
            // last verb, adverb or time word HanLP reads there.
            start = words.afterLastTagged(start, end - head, runningTextPos);
            // 协商通过了十一届|县政协《…》: a term before the body names its term, not the body
            start = afterTerm(text, start, end - head);
            if (end - start >= 4 && (start == 0 || !TextChars.isHan(text.charAt(start - 1))
                    || stopEndsAt.get(start))) {
                anchor.set(start);
            }
        }
        for (int i = 2; i < text.length(); i++) {
            if ((i & 1023) == 0) {
                Deadline.check(); // a long document stops here when over its budget
            }
            // 计算机科学与技术学院: a name joined by 与/和 inside starts at its clause, not after the joiner (after the
            // strong head nouns above, which anchor 技术学院 at the joiner).
            if (anchor.get(i) && "与和".indexOf(text.charAt(i - 1)) >= 0) {
                int start = i - 1;
                while (start > 0 && start > i - 12 && TextChars.isHan(text.charAt(start - 1))
                        && !stopEndsAt.get(start)) {
                    start--;
                }
                if (start == 0 || TextChars.isBreak(text.charAt(start - 1))) {
                    // 由|遂宁市经济和信息化委员会: the clause's preposition or verb is no part of the name.
                    start = words.afterLastTagged(start, i - 1, runningTextPos);
                    // 脑|与认知科学国家重点实验室: one character before the joiner is enough; 我校|与睢宁县人民政府: a
                    // self-reference (我…) is a party of its own, never the first half of a name
                    if (start < i - 1 && text.charAt(start) != '我') {
                        anchor.set(start);
                    }
                }
            }
        }
        for (int t = 0; t < words.size(); t++) {
            String pos = words.pos(t);
            // a place of this country (ns) or abroad (nsf: 菲律宾|晋江同乡总会) anchors a name as an organ (nt) does
            boolean anchors = pos.startsWith("nt") || pos.equals("ns") || pos.equals("nsf");
            if (anchors && noBreak(text, words.start(t), words.end(t))) {
                anchor.set(words.start(t));
            }
        }
        List<Mention> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if ((i & 1023) == 0) {
                Deadline.check(); // a long document stops here when over its budget
            }
            if (anchor.get(i) && !blocked.get(i) && !insideStop.get(i)) {
                int end = readFrom(text, i, true, blocked, stopInNoun, anchor);
                if (end > i && !headOpensWord(words, end)) {
                    candidates.add(unit(text, i, end, joinerOpensNoun, "unit:anchored", 0.9));
                }
            }
        }
        candidates.addAll(subjects);
        // 全市|国防教育领导小组|(扩大)会议: the whole jurisdiction's body owning a meeting's name, read with its scope word
        Matcher body = jurisdictionBody.matcher(text);
        for (int at = 0; jurisdictionBody.find(body, text, at, text.length()); at = ScanPattern.resumeAfter(body)) {
            if (body.start() == 0 || TextChars.isBreak(text.charAt(body.start() - 1)) || stopEndsAt.get(body.start())) {
                // not unit(): that would cut the scope word off as a stop word
                String name = text.substring(body.start(), body.end("body"));
                candidates.add(Mention.in(text, MentionType.UNIT, body.start(), body.end("body"),
                        kinds.kindOf(name).name(), JURISDICTION, 0.9));
            }
        }
        List<Mention> units = new ArrayList<>(OverlapPolicy.longestThenPriority(candidates));
        units.addAll(listContinuations(text, units, blocked, stopInNoun, anchor, joinerOpensNoun));
        return OverlapPolicy.longestThenPriority(units).stream().filter(m -> !isGeneric(text, m, joinerOpensNoun)).toList();
    }

    /** 新乡|市, 内乡|县: a division's short name ending in a head noun, with its level word next, ends no unit there. */
    private boolean divisionBeforeLevel(String text, int end) {
        return end >= 2 && end < text.length() && levelWords.indexOf(text.charAt(end)) >= 0
                && lexicon.divisionHeads().contains(text.substring(end - 2, end));
    }

    /**
     * 院长办作了…报告; 财务科作了…: a short name that opens its clause, ends with a head noun (or a department head:
     * unit/grammar.tsv department_head) and is followed by a report verb is a unit (a department reporting), though no
     * place or organ anchors it. Where it ends, or -1.
     */
    private int subjectEnd(String text, int at) {
        for (int end = at + 3; end <= Math.min(text.length() - 1, at + MAX_DEPARTMENT); end++) {
            if (!TextChars.isHan(text.charAt(end - 1))) {
                return -1;
            }
            if (startsWith(subjectVerb, text, end) && (kinds.endsWithHeadNoun(text.substring(at, end))
                    || departmentHead.matcher(text).region(at, end).find()
                    && lexicon.notEndings().longestEndingAt(text, end) == 0)) {
                return end;
            }
        }
        return -1;
    }

    /** 接着|普惠部通报了…: where a clause's name starts once the connective opening it is skipped. */
    private int afterOpener(Tokens words, int clauseStart) {
        int t = words.startingAt(clauseStart);
        return t >= 0 && subjectOpenerPos.contains(words.pos(t)) ? words.end(t) : clauseStart;
    }

    /** 2019年|中华医学会学术年会, 2024年|市政府工作报告: a year ends the phrase before it like punctuation does. */
    private static boolean afterYear(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == '年' && Character.isDigit(text.charAt(i - 2));
    }

    private static boolean noBreak(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (TextChars.isBreak(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean ownerAbbreviation(String text, int i) {
        return startsWith(abbreviatedOwner, text, i);
    }

    private static boolean startsWith(ScanPattern pattern, String text, int i) {
        return pattern.mayStartWith(text.charAt(i))
                && pattern.matcher(Deadline.guard(text)).region(i, text.length()).lookingAt();
    }

    private List<Mention> listContinuations(String text, List<Mention> units, BitSet blocked, BitSet stopInNoun,
                                            BitSet anchors, BitSet joinerOpensNoun) {
        List<Mention> more = new ArrayList<>();
        // 区财政局、人社局、交通局、民政局: a continuation continues in turn, so a list is read to its end, not one
        // item past the unit that opens it
        Deque<Mention> pending = new ArrayDeque<>(units);
        // each joiner is read past once: overlapping readings of one list would otherwise each walk it to its end
        BitSet readPast = new BitSet(text.length());
        while (!pending.isEmpty()) {
            Mention m = pending.poll();
            int at = m.end();
            if (at < text.length() - 1 && LIST_JOINERS.indexOf(text.charAt(at)) >= 0 && !readPast.get(at)) {
                readPast.set(at);
                int end = readFrom(text, at + 1, false, blocked, stopInNoun, anchors);
                if (end - (at + 1) >= 3) {
                    Mention next = unit(text, at + 1, end, joinerOpensNoun, "unit:list", 0.7);
                    more.add(next);
                    pending.add(next);
                }
            }
        }
        return more;
    }

    /** End of the longest reading from {@code start} that ends in a head noun or gazetteer entry, or start. */
    private int readFrom(String text, int start, boolean anchored, BitSet blocked, BitSet stopInNoun, BitSet anchors) {
        int best = start;
        int gaz = lexicon.gazetteer().longestAt(text, start);
        if (gaz > 0) {
            best = start + gaz;
        }
        for (int end = start + 1; end <= text.length() && end - start <= MAX_UNIT; end++) {
            char c = text.charAt(end - 1);
            int asideEnd = c == '(' && end - 1 > start ? asideInNameEnd(text, end - 1) : -1;
            if (asideEnd > 0) {
                end = asideEnd; // the loop goes on with the character after ')'
                continue;
            }
            if (TextChars.isBreak(c) || blocked.get(end - 1)) {
                break;
            }
            if (end - 1 > start && opensDate(text, end - 1)) {
                break; // 澳门茂名海外联谊会|3月16日假渔人码头宴会厅举行: a date is no part of a name
            }
            if (end - 1 > start && startsWith(meetingTerm, text, end - 1)) {
                // 县政协|十一届九次常委会, 温江区|新一届市政协…: a term (and its sitting) names a meeting or a new body,
                // not the unit (grammar.tsv meeting_term); a whole division right before it closes the body's formal
                // name (政协甘肃省|十一届十六次常委会议).
                if (best > start && lexicon.divisions().contains(text.substring(best, end - 1))) {
                    best = end - 1;
                }
                break;
            }
            if (end - 1 > start && !stopInNoun.get(end - 1)
                    && stopStartsAt(text, end - 1, anchored, best > start && best == end - 1)) {
                break;
            }
            if (best > start && best == end - 1 && startsWith(verbAfterUnit, text, end - 1)) {
                break;
            }
            // 秦安县|与|国网天水供电公司召开: a whole division joined to a unit (an anchor, or a reading of a unit's name
            // right after the joiner) convenes with it; 与 is no part of a name that opens with a whole division
            // (科学与技术学院 opens with none).
            if ("与和及".indexOf(c) >= 0 && end - 1 > start && lexicon.divisions().contains(text.substring(start, end - 1))
                    && (anchors.get(end) || readFrom(text, end, false, blocked, stopInNoun, anchors) - end >= MIN_JOINED)) {
                break;
            }
            // 市委市政府: a complete unit followed by a level word starts another unit; a known body without a head
            // noun of its own is no complete unit, the level word opens the rest of its name (民革|市委会).
            // 临沧工业园|区管委会 is no such break: there the level word closes a longer head noun (园区).
            if (best == end - 1 && best > start && levelWords.indexOf(c) >= 0
                    && lexicon.suffixes().longestEndingAt(text, end - 1) > 0
                    && lexicon.suffixes().longestEndingAt(text, end) < 2) {
                break;
            }
            // A known unit is not extended by a lone head noun (生态环境部|部常务会议).
            boolean loneExtension = gaz > 0 && end > start + gaz && end - (start + gaz) < 2;
            if (lexicon.suffixes().longestEndingAt(text, end) > 0 && end - start >= 2 && !loneExtension
                    && !continuesWord(text, end) && lexicon.notEndings().longestEndingAt(text, end) == 0
                    && !divisionBeforeLevel(text, end)) {
                best = Math.max(best, end);
            }
        }
        return best;
    }

    /** How long an aside inside a firm's name may be, parentheses included ((集团), (中国)). */
    private static final int MAX_NAME_ASIDE = 6;

    /**
     * Where a parenthesised aside opening at {@code open} inside a firm's name ends (after its ')'), when it holds
     * what such an aside holds (上海大众公用事业|(集团)|股份有限公司, 百胜餐饮|(福州)|有限公司) and the name goes on in Han
     * right after it; else -1 (市委党校(行政学院): an aside after a complete name is another name for it, no part of it).
     */
    private int asideInNameEnd(String text, int open) {
        int close = text.indexOf(')', open + 1);
        if (close < 0 || close - open + 1 > MAX_NAME_ASIDE || close + 1 >= text.length()
                || !TextChars.isHan(text.charAt(close + 1))) {
            return -1;
        }
        String aside = text.substring(open + 1, close);
        // 百胜餐饮(福州)有限公司: a division in the aside names where the firm is registered
        return nameAside.matcher(aside).matches() || lexicon.divisions().contains(aside) ? close + 1 : -1;
    }

    /**
     * Whether a day or month opens at {@code at}: digits and then 月 or 日 (3月16日), which no unit's name holds (a year
     * may: 省2022年…演练领导小组办公室).
     */
    private static boolean opensDate(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > at && i < text.length() && "月日".indexOf(text.charAt(i)) >= 0;
    }

    /** The index after a term ((第)numerals 届) opening at {@code at} and ending before {@code limit}, else {@code at}. */
    private int afterTerm(String text, int at, int limit) {
        int i = skipNumerals(text, text.startsWith("第", at) ? at + 1 : at);
        return i > 0 && i < limit && text.charAt(i) == '届' ? i + 1 : at;
    }

    /**
     * Whether a term or a session's ordinal ends right before {@code at}: what follows opens a name (十一届|县政协,
     * 五届104次|区政府常务会议), read from there.
     */
    private boolean afterTermAt(String text, int at) {
        return at >= 2 && (text.charAt(at - 1) == '届' || text.charAt(at - 1) == '次')
                && termNumerals.indexOf(text.charAt(at - 2)) >= 0;
    }

    /** The index after one to four numerals from {@code at}, or -1 when none stands there. */
    private int skipNumerals(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 4 && termNumerals.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > at ? i : -1;
    }

    private static boolean allHan(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (!TextChars.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the reading stops at {@code at}. 和/与/及 join two units only right after a complete unit
     * (战略规划司|和|政策法规…司); elsewhere they belong to the name (经济和信息化局, 科学与技术学院, and after a
     * university's name: 江南理工大学|材料科学与工程学院).
     */
    private boolean stopStartsAt(String text, int at, boolean anchored, boolean unitEndsHere) {
        int stop = lexicon.stops().longestAt(text, at);
        // 文学艺术界|联合会: a head noun that opens with a stop word (联合 召开) is the head, not the stop.
        if (stop == 0 || lexicon.suffixes().longestAt(text, at) > stop || insideHeadNoun(text, at, stop)) {
            return false;
        }
        boolean joiner = JOINERS.indexOf(text.charAt(at)) >= 0 && stop == 1;
        return !joiner || unitEndsHere || !anchored;
    }

    /** 供销合|作|社: a stop word inside a head noun that opened a character or two before is part of the head. */
    private boolean insideHeadNoun(String text, int at, int stop) {
        for (int back = 1; back <= 2 && at - back >= 0; back++) {
            if (lexicon.suffixes().longestAt(text, at - back) >= back + stop) {
                return true;
            }
        }
        return false;
    }

    /**
     * 甘肃省联村|联|户: a one-character head noun that opens a longer word HanLP reads (联户) ends no unit; the reading
     * runs through running text.
     */
    private static boolean headOpensWord(Tokens words, int end) {
        int t = words.startingAt(end - 1);
        return t >= 0 && words.end(t) > end;
    }

    /** A head noun followed by 长/员/任… is part of a post or a person word (部长, 委员), not the end of a unit. */
    private boolean continuesWord(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        // 市文联|主办: a stop word (主办, 召开) after the head ends the unit even when its first character could
        // continue the head (文联主席, 财政局|会同); not 会议, which continues 委 (常委会会议, 全委会议).
        char next = text.charAt(end);
        return continuesHead.indexOf(next) >= 0
                && (text.startsWith("会议", end) || lexicon.stops().longestAt(text, end) == 0);
    }

    private boolean isGeneric(String text, Mention m, BitSet joinerOpensNoun) {
        if (m.provenance().equals(JURISDICTION)) {
            return false; // the jurisdiction's own body, read with its scope word
        }
        if (m.start() > 0 && text.charAt(m.start() - 1) == '各') {
            return true;
        }
        // 全县|职业学校: the schools of the county, not one (unit/scope_words.tsv; no reading runs through one either)
        if (lexicon.scopeWords().longestEndingAt(text, m.start()) > 0) {
            return true;
        }
        // 和平街道: the joiner opening a noun HanLP reads is the name's first character, not a joiner before a name
        String judged = joinerOpensNoun.get(m.start()) ? m.surface().substring(1) : m.surface();
        return kinds.isGeneric(judged) || lexicon.places().contains(m.surface());
    }

    private Mention unit(String text, int from, int end, BitSet joinerOpensNoun, String rule, double confidence) {
        int start = from;
        // 由江州大学: a stop word the anchor swallowed is not part of the name.
        for (int stop = lexicon.stops().longestAt(text, start); stop > 0 && end - start - stop >= 2
                && !joinerOpensNoun.get(start); stop = lexicon.stops().longestAt(text, start)) {
            start += stop;
        }
        return Mention.in(text, MentionType.UNIT, start, end, kinds.kindOf(text.substring(start, end)).name(), rule,
                confidence);
    }
}
