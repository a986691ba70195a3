package dev.huiyi.recognize.person;

import dev.huiyi.text.Deadline;
import dev.huiyi.recognize.OverlapPolicy;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.recognize.TextChars;
import dev.huiyi.recognize.title.PostNote;
import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.recognize.unit.UnitLexicon;
import dev.huiyi.api.UnitKind;
import dev.huiyi.resources.Lexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;
import dev.huiyi.text.QuoteMask;
import dev.huiyi.text.Scripts;
import dev.huiyi.api.MentionType;
import dev.huiyi.text.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People. HanLP's person tags are one candidate source; the genre's own anchors are the others:
 * a post right before the name (部长王志刚), a name right before a post (王志刚部长), names in a 、-list
 * after an anchored name, and names HanLP tags {@code nr} where a boundary follows. Every later occurrence
 * of an accepted name is a mention too. Candidates inside quotation marks or 《》 are rejected.
 */
public final class PersonRecognizer implements Recognizer {
    /** A name in Latin letters (Macau, Hong Kong reports): two to five capitalised words. */
    private static final java.util.regex.Pattern LATIN_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]+){1,4}");
    private static final String COMRADE = "同志";
    /** How many of the latest candidates are looked at for a name ending where a label starts. */
    private static final int RECENT_CANDIDATES = 8;
    /** How sure a repeat of an accepted name is. */
    private static final double REPEAT_CONFIDENCE = 0.7;
    /** How far after a dotted name opening its clause its strong verb may stand (向大会|作). */
    private static final int STRONG_VERB_REACH = 6;
    /** How far before a post a 各 makes it a group's (各位专家|学者, 各部门负责|人). */
    private static final int GROUP_REACH = 4;
    /** The shortest and longest name read after a post from HanLP's tags alone (那仁格日勒, 哈那提别克). */
    private static final int MIN_HANLP_NAME = 4;
    private static final int MAX_HANLP_NAME = 6;
    /** The longest unit prefix and post of a titled item read ahead (旗政协副主席|丁淑萍). */
    private static final int MAX_TITLED_ITEM = 16;
    /** What joins two people and may also end a given name (乔涌|和|副经理…, but 谭致和). */
    private static final String NAME_JOINERS = "和及与";
    private final NameShape shape;
    private final Lexicon<Boolean> boundaries;
    private final TitleLexicon titles;
    /** HanLP tags never of a name, and tags of a name only when a post anchors it (田野 after 处长). */
    private final Set<String> neverNamePos;
    /** HanLP's tag of a post word (总经理, 副会长). */
    private static final String POST_TAG = "nnt";
    private final Set<String> unanchoredNonNamePos;
    private final List<String> knownNames;
    private final Lexicon<Boolean> strongVerbs;
    private final FormLines formLines;
    /** Words before 同志 that are no given name (有关负责同志: 负责; person/comrade_words.tsv). */
    private final Set<String> comradeWords;
    /** Lists closed by 等单位 (person/unit_list_closers.tsv): their items are units, not people. */
    private final UnitListCloser unitLists;
    /** What follows a numeral in a count (十|余位校长, 二十|多名代表): no name opens with it there (person/count_markers.tsv). */
    private final Set<Character> countMarkers;
    /** What no name opens with right after a numeral: a count's markers and a clock time's 时 (8|时整); count_markers.tsv. */
    private final Set<Character> afterNumeral;
    /** Classifiers that close a count after a numeral HanLP reads (近|百|人, 数|十|名): count_markers.tsv classifier. */
    private final Set<Character> countClassifiers;
    /** One-character words HanLP tags as function words that given names hold (振|东): person/name_function_chars.tsv. */
    private final Set<Character> nameFunctionChars;
    /** A count closing a clause-start list of names (…、司徒建平|三位…汇报): person/list_counts.tsv. */
    private final List<Pattern> listCounts;
    /** The head nouns of units (unit/suffixes.tsv): a name may stand between a unit and a post (武汉理工大学|李新平|院士). */
    private final Lexicon<UnitKind> unitHeads;
    /** How a department's name ends (产科, 医务科, 审计股: unit/grammar.tsv department_head): a name may follow it too. */
    private final Pattern departmentHead;
    /** A name in Latin letters (person/latin_names.tsv): a person's where a post stands next to it. */
    private final Pattern latinName;
    /** Division names, which a name reading may be where it stands (武宁|县召开). */
    private final PlaceReading places;
    /** Forms of address after a name in a list (董事冉敬松先生、柏晓建先生; person/honorifics.tsv). */
    private final Lexicon<Boolean> honorifics;

    private PersonRecognizer(NameShape shape, Lexicon<Boolean> boundaries, TitleLexicon titles,
                             Set<String> neverNamePos, Set<String> unanchoredNonNamePos, List<String> knownNames,
                             Lexicon<Boolean> strongVerbs, FormLines formLines, Set<String> comradeWords,
                             UnitListCloser unitLists, Set<Character> countMarkers, Set<Character> afterNumeral,
                             Set<Character> countClassifiers, Set<Character> nameFunctionChars, List<Pattern> listCounts,
                             Lexicon<UnitKind> unitHeads, Pattern departmentHead, Pattern latinName,
                             PlaceReading places, Lexicon<Boolean> honorifics) {
        this.shape = shape;
        this.boundaries = boundaries;
        this.titles = titles;
        this.neverNamePos = Set.copyOf(neverNamePos);
        this.unanchoredNonNamePos = Set.copyOf(unanchoredNonNamePos);
        this.knownNames = List.copyOf(knownNames);
        this.strongVerbs = strongVerbs;
        this.formLines = formLines;
        this.comradeWords = Set.copyOf(comradeWords);
        this.honorifics = honorifics;
        this.unitLists = unitLists;
        this.countMarkers = Set.copyOf(countMarkers);
        this.afterNumeral = Set.copyOf(afterNumeral);
        this.countClassifiers = Set.copyOf(countClassifiers);
        this.nameFunctionChars = Set.copyOf(nameFunctionChars);
        this.listCounts = List.copyOf(listCounts);
        this.unitHeads = unitHeads;
        this.departmentHead = departmentHead;
        this.latinName = latinName;
        this.places = places;
    }

    /**
     * @param units the unit lexicon the unit recogniser reads too: its head nouns anchor a name between a unit and a
     *              post
     */
    public static PersonRecognizer load(ModelSource models, TitleLexicon titles, FormLines formLines, UnitLexicon units) {
        Map<String, Boolean> surnames = new HashMap<>();
        TsvReader.words(models.read("person/surnames.tsv")).forEach(s -> surnames.put(s, Boolean.TRUE));
        Map<String, Boolean> rare = new HashMap<>();
        Map<String, Boolean> attested = new HashMap<>(surnames);
        for (TsvRow row : TsvReader.rows(models.read("person/surnames_attested.tsv"), 3)) {
            String s = row.get(0).strip();
            attested.put(s, Boolean.TRUE);
            // 和, 及, 春: HanLP's corpus saw the character more often in other roles than as a surname.
            if (!surnames.containsKey(s) && count(row, 1) >= count(row, 2)) {
                rare.put(s, Boolean.TRUE);
            }
        }
        Set<Character> notInName = new HashSet<>();
        Set<Character> notInGivenNameOnly = new HashSet<>();
        Set<Character> notOpeningEnclosed = new HashSet<>();
        Set<Character> inEnclosedName = new HashSet<>();
        Set<Character> middleOfName = new HashSet<>();
        for (TsvRow row : TsvReader.rows(models.read("person/not_in_name.tsv"), 1)) {
            if (row.get(0).length() != 1) {
                throw row.error("one character per line expected");
            }
            switch (row.get(1).strip()) {
                case "" -> notInName.add(row.get(0).charAt(0));
                case "given" -> {
                    notInName.add(row.get(0).charAt(0));
                    notInGivenNameOnly.add(row.get(0).charAt(0));
                }
                case "opening" -> notOpeningEnclosed.add(row.get(0).charAt(0));
                case "middle" -> {
                    notInName.add(row.get(0).charAt(0));
                    middleOfName.add(row.get(0).charAt(0));
                }
                case "enclosed" -> {
                    notInName.add(row.get(0).charAt(0));
                    inEnclosedName.add(row.get(0).charAt(0));
                }
                default -> throw row.error("scope must be empty, given, opening, middle or enclosed");
            }
        }
        Set<Character> notNameEndings = characters(models, "person/not_name_endings.tsv");
        Set<String> stopNames = new HashSet<>(TsvReader.words(models.read("person/stopnames.tsv")));
        stopNames.addAll(TsvReader.words(models.readOptional("person/user_stopnames.tsv")));
        Map<String, Boolean> bounds = new HashMap<>();
        TsvReader.words(models.read("person/boundaries.tsv")).forEach(s -> bounds.put(s, Boolean.TRUE));
        Set<String> never = new HashSet<>();
        Set<String> unanchored = new HashSet<>();
        for (TsvRow row : TsvReader.rows(models.read("person/non_name_pos.tsv"), 2)) {
            switch (row.get(1).strip()) {
                case "always" -> never.add(row.get(0).strip());
                case "unanchored" -> unanchored.add(row.get(0).strip());
                default -> throw row.error("scope must be always or unanchored");
            }
        }
        Map<String, Boolean> strong = new HashMap<>();
        TsvReader.words(models.read("person/strong_verbs.tsv")).forEach(s -> strong.put(s, Boolean.TRUE));
        return new PersonRecognizer(new NameShape(Lexicon.of(surnames), Lexicon.of(rare), Lexicon.of(attested), notInName,
                stopNames, new HashSet<>(TsvReader.words(models.read("person/name_starts.tsv"))), notNameEndings,
                notInGivenNameOnly, notOpeningEnclosed, inEnclosedName, middleOfName), Lexicon.of(bounds),
                titles, never, unanchored, TsvReader.words(models.read("person/names.tsv")), Lexicon.of(strong),
                formLines, new HashSet<>(TsvReader.words(models.read("person/comrade_words.tsv"))),
                UnitListCloser.load(models), numeralFollowers(models, Set.of("count")),
                numeralFollowers(models, Set.of("count", "time")), numeralFollowers(models, Set.of("classifier")),
                characters(models, "person/name_function_chars.tsv"),
                TsvReader.rows(models.read("person/list_counts.tsv"), 1).stream().map(row -> row.regex(0)).toList(),
                units.suffixes(), units.grammar().regex("department_head"),
                TsvReader.rows(models.read("person/latin_names.tsv"), 1).get(0).regex(0),
                new PlaceReading(units.divisions(), units.grammar().text("level_words")),
                Lexicon.of(TsvReader.words(models.read("person/honorifics.tsv")).stream()
                        .collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE))));
    }

    /**
     * person/count_markers.tsv: the characters of the given uses — a count's markers (余, 多: count), those that follow
     * a numeral only in a clock time (时: time), the classifiers that close a count (人, 名: classifier).
     */
    private static final Set<String> NUMERAL_FOLLOWER_USES = Set.of("count", "time", "classifier");

    private static Set<Character> numeralFollowers(ModelSource models, Set<String> uses) {
        Set<Character> chars = new HashSet<>();
        for (TsvRow row : TsvReader.rows(models.read("person/count_markers.tsv"), 1)) {
            String use = row.get(1).isEmpty() ? "count" : row.get(1);
            if (!NUMERAL_FOLLOWER_USES.contains(use)) {
                throw row.error("use must be count, time or classifier");
            }
            if (uses.contains(use)) {
                chars.add(oneCharacter(row));
            }
        }
        return chars;
    }

    /** A model file of one character per line (not_name_endings.tsv, name_function_chars.tsv). */
    private static Set<Character> characters(ModelSource models, String path) {
        Set<Character> chars = new HashSet<>();
        for (TsvRow row : TsvReader.rows(models.read(path), 1)) {
            chars.add(oneCharacter(row));
        }
        return chars;
    }

    private static char oneCharacter(TsvRow row) {
        if (row.get(0).length() != 1) {
            throw row.error("one character per line expected");
        }
        return row.get(0).charAt(0);
    }

    private static int count(TsvRow row, int field) {
        try {
            return Integer.parseInt(row.get(field).strip());
        } catch (NumberFormatException e) {
            throw row.error("a count expected in field " + (field + 1));
        }
    }

    @Override
    public MentionType type() {
        return MentionType.PERSON;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        BitSet quoted = QuoteMask.of(text);
        // A rare surname starts a name only where HanLP starts a word too: 主席|台前排 is no name (主席台).
        TokenMarks marks = TokenMarks.of(text, input.tokens(), nameFunctionChars); // bits, not bytes, per character
        // The candidates are garbage once settled (no local of this frame holds them), and the accepted list grows
        // into the result in place: a list of a million names is held once, not as candidates, accepted and result.
        List<Mention> accepted = OverlapPolicy.longestThenPriority(candidates(input, quoted, marks));
        return withRepeats(text, withListSiblings(text, accepted, quoted, marks), quoted);
    }

    /**
     * 黄宁晟、|张硕甫|、刘雅虹: an item of a 、-list that names stand on both sides of (or the last, that 等/及 closes), of a
     * name's length and opening with an attested surname, is a name too, though no reader took it (HanLP split it, or
     * its given name is a word).
     */
    private List<Mention> withListSiblings(String text, List<Mention> accepted, BitSet quoted, TokenMarks marks) {
        BitSet starts = new BitSet(text.length() + 1);
        accepted.forEach(m -> starts.set(m.start()));
        List<Mention> added = new ArrayList<>();
        for (Mention m : accepted) {
            int at = m.end() + 1;
            if (at >= text.length() || text.charAt(m.end()) != '、' || starts.get(at)) {
                continue;
            }
            int end = unreadItemEnd(text, at, quoted, ITEM_MARK);
            boolean between = end > 0 && end + 1 < text.length() && starts.get(end + 1);
            if (!between) {
                end = unreadItemEnd(text, at, quoted, LIST_CLOSERS); // 海英学、|哈贵福|等村干部: the last item
            }
            if (end > 0 && shape.hasAttestedSurnameAt(text, at) && isUnreadName(text, at, end, marks)) {
                added.add(mention(text, at, end, "person:list-sibling", 0.8));
            }
        }
        if (added.isEmpty()) {
            return accepted;
        }
        List<Mention> all = new ArrayList<>(accepted);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** Whether a 、 closes an item of a name's length (two to four characters) at {@code at}: a list of names opens. */
    private static boolean opensNameList(String text, int at) {
        for (int end = at + 2; end <= at + LONG_UNREAD_ITEM && end < text.length(); end++) {
            if (text.charAt(end) == '、') {
                return true;
            }
            if (!Scripts.isHan(text.charAt(end))) {
                return false;
            }
        }
        return false;
    }

    /** What closes an item of a 、-list that another item follows. */
    private static final String ITEM_MARK = "、";

    /** What closes the last item of a 、-list (…、哈贵福|等村干部, …、庹性刚|及协会副会长). */
    private static final String LIST_CLOSERS = "等及";

    private List<Mention> candidates(RecognitionInput input, BitSet quoted, TokenMarks marks) {
        String text = input.text();
        Tokens tokens = input.tokens();
        BitSet wordStart = marks.wordStart();
        // a table, not a list of objects: a list of names has a candidate every three characters
        List<Mention> candidates = new MentionTable(text);
        for (int i = 0; i < text.length(); i++) {
            if ((i & 1023) == 0) {
                Deadline.check(); // a long document stops here when over its budget
            }
            if (quoted.get(i)) {
                continue;
            }
            int post = titles.postEndingAt(text, i);
            // 委员会主席X, 理事会理事长X: a post followed by 会 is the body's name (委员会), not the post; one followed by
            // 大会 the meeting's (代表|大会上,副市长X…).
            if (post > 0 && !text.startsWith("会", i) && !text.startsWith("大会", i) && !insideLongerPost(text, i)
                    && !addressesAGroup(text, i - post) && !labelAsVerb(text, i - post, i, candidates, tokens)) {
                anchoredAfterPost(text, skipSpaces(text, i), candidates, quoted, marks);
                // 党委副书记(主持党委工作)|萨仁高娃: a short note on the post between it and the name
                int noteEnd = PostNote.endAt(text, i);
                if (noteEnd > 0) {
                    anchoredAfterPost(text, noteEnd, candidates, quoted, marks);
                }
                // 参加会议的副会长有|冯锐、张春健, 大会执行主席是|陆承林、…: a link of its own (post_grammar.tsv list_link)
                // between the post and the list of its holders; but for 有, a word of its own there, a colon or a 、-list
                // after it says it is one (教授为|师生作报告 is no list)
                int link = titles.listLinkEndAt(text, i);
                if (link > i && link < text.length() && wordStart.get(i) && wordStart.get(link)
                        && (text.charAt(i) == '有' || text.charAt(link - 1) == ':' || opensNameList(text, link))) {
                    anchoredAfterPost(text, link, candidates, quoted, marks);
                }
            }
            if (i == 0 || TextChars.isBreak(text.charAt(i - 1)) || titles.stopEndingAt(text, i) > 0) {
                beforePost(text, i, candidates);
            } else if (i >= 3 && (wordStart.get(i) || nameTokenAcross(tokens, i)) && (unitHeads.longestEndingAt(text, i) > 0
                    || departmentHead.matcher(Deadline.guard(text)).region(i - 1, i).find())) {
                // 武汉理工大学|李新平院士, 中国航海学会|佘建中理事长: a name between a unit and its post; the unit's
                // head and the post on either side anchor it, so a rare surname may open it too
                beforePost(text, i, candidates, true);
                // 州水利局|刀建华|局长: there HanLP's name reading stands though its attested surname is seen more
                // often as another word (刀, 把, 者)
                int nameAt = i;
                readByHanlpBetweenUnitAndPost(text, nameAt, tokens).ifPresent(l ->
                        candidates.add(mention(text, nameAt, nameAt + l, "person:unit-name-post", 0.8)));
            }
            if (i == 0 || ",。;:\n".indexOf(text.charAt(i - 1)) >= 0) {
                atClauseStart(text, i, candidates, marks);
            }
            if (i > 0 && text.charAt(i - 1) == ':') {
                colonList(text, i, candidates, wordStart);
            }
            if (i > 0 && text.charAt(i - 1) == BY && wordStart.get(i)) {
                int at = i;
                betweenByAndVerb(text, at, marks)
                        .ifPresent(l -> candidates.add(mention(text, at, at + l, "person:by-verb", 0.8)));
            }
            if (i >= 3 && text.startsWith(COMRADE, i)) {
                beforeComrade(text, i, candidates, wordStart);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.pos(t).startsWith("nr") && !quoted.get(tokens.start(t))) {
                taggedByHanlp(text, tokens.start(t), tokens.end(t), candidates);
            }
        }
        candidates.removeIf(c -> readAsOtherWord(c, tokens) || shape.endsLikeAUnit(c.surface())
                || endsInACount(text, c)
                || isSurnameAndPost(c.surface()) || unitLists.itemAt(text, c.end()) || postRunsOnFrom(text, c)
                || places.isPlace(text, c.start(), c.end()));
        for (FormLines.Line line : formLines.lines(text)) {
            for (int[] item : FormLines.items(text, line)) {
                inFormItem(text, item[0], item[1], candidates, wordStart);
            }
        }
        for (String name : knownNames) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!quoted.get(at)) {
                    candidates.add(mention(text, at, at + name.length(), "person:lexicon", 0.95));
                }
            }
        }
        latinNames(text, candidates, quoted);
        return candidates;
    }

    /**
     * 代总领事|Marc Thibodeau|出席, Claire Dubois-Henry|领事: a name in Latin letters (person/latin_names.tsv) that a post
     * stands right before or after is a person's, written as the report writes it.
     */
    private void latinNames(String text, List<Mention> out, BitSet quoted) {
        Matcher m = latinName.matcher(Deadline.guard(text));
        while (m.find()) {
            if (noLatinLetterAt(text, m.start() - 1) && noLatinLetterAt(text, m.end()) && !quoted.get(m.start())
                    && (titles.postEndingAt(text, m.start()) > 0 || titles.postAt(text, m.end()) > 0)) {
                out.add(mention(text, m.start(), m.end(), "person:latin", 0.85));
            }
        }
    }

    /** Whether {@code at} is outside the text or holds no letter but a Han character (the edge of a Latin word). */
    private static boolean noLatinLetterAt(String text, int at) {
        return at < 0 || at >= text.length() || !Character.isLetter(text.charAt(at)) || Scripts.isHan(text.charAt(at));
    }

    /**
     * 瞿红梅代表|沙河镇: a label (代表) right after a name is the verb, and the words after it are whom the person
     * speaks for, not a name (商会代表|戚碧海, after a group, still opens one). The name before it was read at an
     * earlier position, so it is among the last candidates; a reading before a post or HanLP's alone does not count, nor one HanLP reads as another word (商会).
     */
    private boolean labelAsVerb(String text, int postStart, int postEnd, List<Mention> candidates, Tokens tokens) {
        if (!titles.isLabel(text.substring(postStart, postEnd))) {
            return false;
        }
        for (int k = candidates.size() - 1; k >= Math.max(0, candidates.size() - RECENT_CANDIDATES); k--) {
            Mention name = candidates.get(k);
            // only a name a structure anchors: a name read before a post (商|会 before 代表) may be any two characters
            if (name.end() == postStart && !name.provenance().equals("person:before-post")
                    && !name.provenance().equals("person:hanlp-nr") && !readAsOtherWord(name, tokens)) {
                return true;
            }
        }
        return false;
    }

    /** 对各位专家|学者来校: a post addressed to a group (各位, 各 a few characters before it) names no one after it. */
    private static boolean addressesAGroup(String text, int postStart) {
        for (int k = postStart - 1; k >= Math.max(0, postStart - GROUP_REACH) && TextChars.isHan(text.charAt(k)); k--) {
            if (text.charAt(k) == '各') {
                return true;
            }
        }
        return false;
    }

    /** 理事|长孙富强: a post ending at {@code end} that a longer post goes on from (理事长) anchors nothing there. */
    private boolean insideLongerPost(String text, int end) {
        for (int k = 1; k <= 2 && end + k <= text.length(); k++) {
            if (titles.postEndingAt(text, end + k) > k) {
                return true;
            }
        }
        return false;
    }

    /**
     * What HanLP's reading says about each character: where a word starts, which characters it tags as part of a
     * person's name ({@code nr*}), which stand in a word of two or more characters that is no name (办公会议/n), which
     * of those stand in one that is no proper noun either (nz, ns: 永昌 may be a given name), and which are
     * one-character function words (adverbs, prepositions, particles, numbers, pronouns…) other than those given
     * names hold ({@code nameFunctionChars}: 振东's 东 is a locative to HanLP).
     */
    private record TokenMarks(BitSet wordStart, BitSet nameChars, BitSet wordChars, BitSet commonWordChars,
                              BitSet functionChars, BitSet verbStart) {
        /** The parts of speech of one-character words that hold no name (d 也, p 在, u 等, m 一, r 我, f 上, t 今…). */
        private static final String FUNCTION_POS = "dpumrqtfyeow";

        static TokenMarks of(String text, Tokens tokens, Set<Character> nameFunctionChars) {
            BitSet starts = new BitSet(text.length() + 1);
            BitSet names = new BitSet(text.length() + 1);
            BitSet words = new BitSet(text.length() + 1);
            BitSet common = new BitSet(text.length() + 1);
            BitSet function = new BitSet(text.length() + 1);
            BitSet verbs = new BitSet(text.length() + 1);
            for (int t = 0; t < tokens.size(); t++) {
                starts.set(tokens.start(t));
                String pos = tokens.pos(t);
                if (pos.startsWith("nr")) {
                    names.set(tokens.start(t), tokens.end(t));
                } else if (tokens.end(t) - tokens.start(t) >= 2) {
                    words.set(tokens.start(t), tokens.end(t));
                    if (!pos.equals("nz") && !pos.equals("ns")) {
                        common.set(tokens.start(t), tokens.end(t));
                    }
                    if (pos.startsWith("v")) {
                        verbs.set(tokens.start(t));
                    }
                } else if (!pos.isEmpty() && FUNCTION_POS.indexOf(pos.charAt(0)) >= 0
                        && !nameFunctionChars.contains(text.charAt(tokens.start(t)))) {
                    function.set(tokens.start(t));
                }
            }
            return new TokenMarks(starts, names, words, common, function, verbs);
        }
    }

    /** Whether {@code [from, to)} is one word of two characters or more that HanLP reads as a verb (履新/v, 管理/vn). */
    private static boolean isOneVerb(int from, int to, TokenMarks marks) {
        return marks.verbStart().get(from) && marks.wordStart().get(to) && !anySet(marks.wordStart(), from + 1, to);
    }

    /** Whether any bit of {@code [from, to)} is set. */
    private static boolean anySet(BitSet bits, int from, int to) {
        int first = bits.nextSetBit(from);
        return first >= 0 && first < to;
    }

    private void anchoredAfterPost(String text, int at, List<Mention> out, BitSet quoted, TokenMarks marks) {
        // 董事|弓又生|先生、言春阳先生: a form of address closes the name a post opens
        Optional<Integer> len = readAnchored(text, at, marks).or(() -> addressedItem(text, at, ""));
        int end;
        if (len.isEmpty()) {
            end = unreadFirstItemEnd(text, at, quoted, marks);
            if (end < 0) {
                return;
            }
            out.add(mention(text, at, end, "person:list-first", 0.8));
        } else if (opensTitleOrUnit(text, at, len.get())) {
            // 县委常委|宣传|部长: a post, or a unit's head noun (宣传部), that runs on past the reading opens the next
            // title of a chain; it is no name before a post
            return;
        } else if (isOneVerb(at, at + len.get(), marks)) {
            return; // 主席团成员|履新|表示祝贺, 副秘书长|任职|的说明: a verb HanLP reads whole is no name
        } else {
            end = at + len.get();
            out.add(mention(text, at, end, "person:after-post", 0.9));
        }
        // A 、-list continues the anchored name: 部领导张雨东、张广军、邵新宇…; a form of address after each name
        // (董事冉敬松先生、柏晓建先生…) is passed over
        // (…杨森(人大办)、王金有…): a short aside in parentheses after a name is passed over too
        for (int sep = ListAsides.end(text, end + honorifics.longestAt(text, end));
             sep < text.length() && text.charAt(sep) == '、' && !quoted.get(sep);
             sep = ListAsides.end(text, end + honorifics.longestAt(text, end))) {
            int next = sep + 1;
            String address = text.substring(end, end + honorifics.longestAt(text, end));
            Optional<Integer> more = readAnchored(text, next, marks).or(() -> unknownListItem(text, next, marks))
                    .or(() -> address.isEmpty() ? Optional.empty() : addressedItem(text, next, address));
            if (more.isEmpty()) {
                // 集团领导韩平川、|喇利群|、冶建生…: an item of a name's length that no reader takes (a surname no list
                // attests) does not end the list; the items after it are read as before
                int skipped = unreadItemEnd(text, next, quoted, ITEM_MARK);
                // 副主任许洪波、鲁明光、|降泽曲批|、邱志贵: four characters in which HanLP reads no word, between two
                // names, are a Tibetan or Mongolian name without a surname, and the list runs on past them
                boolean longName = false;
                if (skipped < 0 && next + LONG_UNREAD_ITEM < text.length()
                        && text.charAt(next + LONG_UNREAD_ITEM) == '、' && !quoted.get(next + LONG_UNREAD_ITEM)
                        && isUnreadName(text, next, next + LONG_UNREAD_ITEM, marks)) {
                    skipped = next + LONG_UNREAD_ITEM;
                    longName = true;
                }
                if (skipped < 0) {
                    break;
                }
                // 柳红梅、|自福安|、沐华昆: an unread item that an attested surname opens, between two names of the
                // list, is a name too (自, 者, 字 are Yunnan surnames HanLP's corpus sees mostly as words)
                int after = skipped + 1;
                boolean nameFollows = readAnchored(text, after, marks)
                        .filter(l -> !opensTitleOrUnit(text, after, l)).isPresent();
                if (nameFollows && (longName || shape.hasAttestedSurnameAt(text, next))) {
                    out.add(mention(text, next, skipped, "person:list-between", 0.8));
                }
                end = skipped;
                continue;
            }
            // 执行馆长聂恺、|党总支|书记…: an item that opens a unit or a post starts the next titled item
            if (opensTitledItem(text, next + more.get(), marks) || opensTitleOrUnit(text, next, more.get())) {
                break;
            }
            end = next + more.get();
            out.add(mention(text, next, end, "person:list", 0.85));
        }
    }

    /**
     * 三明市民|宗局符|建平局长: whether HanLP reads a name (nr) across {@code pos}, a unit's head noun and the name after
     * it run together: the name still starts at the head's end.
     */
    private static boolean nameTokenAcross(Tokens tokens, int pos) {
        int t = tokens.firstStartingAtOrAfter(pos) - 1;
        return t >= 0 && tokens.start(t) < pos && tokens.end(t) > pos && tokens.pos(t).startsWith("nr");
    }

    /** The longest list item of a name's shape that a reader may leave unread (a surname and two characters). */
    private static final int MAX_UNREAD_ITEM = 3;
    /** The length of a name of a single surname and a two-character given name, the commonest (贠启明). */
    private static final int FULL_NAME = 3;
    /** The length of a name without a surname that a list may hold unread between two names (降泽曲批). */
    private static final int LONG_UNREAD_ITEM = 4;

    /**
     * 区领导|贠启明|、权晓东、杨继刚参加会议: the first item of a 、-list after a post, three characters that no reading
     * takes (贠 is a surname no source attests), is a name where HanLP reads its first character as a word of its own
     * and no function word in it (的关心, 市政府 are none), its other characters are a given name's and the next item reads as
     * a name; its end, or -1.
     */
    private int unreadFirstItemEnd(String text, int at, BitSet quoted, TokenMarks marks) {
        int end = unreadItemEnd(text, at, quoted, ITEM_MARK);
        if (end != at + FULL_NAME || !marks.wordStart().get(at) || shape.opensNoEnclosedName(text.charAt(at))
                || !marks.wordStart().get(at + 1) || anySet(marks.functionChars(), at, end)
                || !shape.givenNameChars(text, at + 1, end) || shape.isStopName(text.substring(at, end))) {
            return -1;
        }
        int next = end + 1;
        boolean nameFollows = readAnchored(text, next, marks).filter(l -> !opensTitleOrUnit(text, next, l)
                && !opensTitledItem(text, next + l, marks)).isPresent();
        return nameFollows ? end : -1;
    }

    /**
     * Where an item of two or three Han characters that one of {@code closers} closes ends (at that character), or -1:
     * an item of a name's length between two commas of a list of names (、), or the last one (等, 及); a longer one, or
     * one that opens a post, ends the list.
     */
    private int unreadItemEnd(String text, int at, BitSet quoted, String closers) {
        for (int k = at + 2; k <= at + MAX_UNREAD_ITEM && k < text.length(); k++) {
            if (closers.indexOf(text.charAt(k)) >= 0 && !quoted.get(k)) {
                for (int i = at; i < k; i++) {
                    if (!TextChars.isHan(text.charAt(i)) || titles.postAt(text, i) > 0) {
                        return -1;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    /**
     * A name after a post or in the list it heads. A rare surname opens it where HanLP starts a word there; and any
     * attested surname, even one HanLP's corpus sees mostly as another word (虎, 锁, 纳), opens a three-character name
     * that punctuation or 同志 closes (理事长|锁文斌|,; 镇党委书记|雒嗣云|同志; 主席台前排 is no name: nothing closes it).
     */
    private Optional<Integer> readAnchored(String text, int at, TokenMarks marks) {
        Optional<Integer> len = shape.readAt(text, at, end -> boundaryAt(text, end), marks.wordStart().get(at));
        // 经理|乔涌|和|副经理柴晓雯: a joiner before another post and its holder's name joins two people, it does not
        // end the first one's name (李晋和|先生, 鲍毅和|博士, 薛清和|作了… keep theirs)
        if (len.isPresent() && len.get() == 3 && NAME_JOINERS.indexOf(text.charAt(at + 2)) >= 0
                && opensTitledItem(text, at + 3, marks)) {
            return Optional.of(2);
        }
        // 组织部长|翁涛|一同参加: a boundary word of two characters or more that opens on a three-character reading's
        // last character, where HanLP starts a word too, ends the name before it (翁涛一|同 is no reading)
        if (len.isPresent() && len.get() == 3 && boundaries.longestAt(text, at + 2) >= 2
                && marks.wordStart().get(at + 2)) {
            return Optional.of(2);
        }
        if (len.isPresent()) {
            return len;
        }
        int end = at + 3;
        // 理事长|锁文斌|, 镇党委书记|雒嗣云|同志; or a word that follows names (县委副书记|虎成林|对…作了安排) where HanLP
        // reads no other word inside (书记|及列席|会议, 主席|台前排|就座 are no names) and no count opens it
        boolean closed = end < text.length() && ("、,。;".indexOf(text.charAt(end)) >= 0 || text.startsWith(COMRADE, end)
                || boundaries.longestAt(text, end) > 0 && !anySet(marks.wordChars(), at, end)
                && !countMarkers.contains(text.charAt(at + 1))); // 专家|百余人|参加: a count
        if (closed && (shape.isEnclosedName(text, at, end) || isUnreadName(text, at, end, marks))) {
            return Optional.of(3);
        }
        return twoEnclosed(text, at, marks).or(() -> readByHanlpAfterPost(text, at, marks))
                .or(() -> beforeStrongVerb(text, at, marks));
    }

    /** The longest name this reading takes that a strong verb closes (泽郎多吉|主持). */
    private static final int MAX_BEFORE_VERB = 4;
    /** The longest name between 由 and a strong verb (会议由|隗兰芳|主持). */
    private static final int MAX_BY_VERB = 3;
    /** 由, which names whom an act is by (会议由|X|主持). */
    private static final char BY = '由';

    /**
     * 会议由|庹颖|主持, 由|隗兰芳|主持: two or three characters between 由 and a strong verb that open with an attested
     * surname (of any list: 庹, 隗 are rare) are the name of whom the act is by, where HanLP reads no common or
     * function word in them (由|大家|讨论, 由|各单位|汇报 are no names).
     */
    private Optional<Integer> betweenByAndVerb(String text, int at, TokenMarks marks) {
        if (!shape.hasAttestedSurnameAt(text, at)) {
            return Optional.empty();
        }
        return untilStrongVerb(text, at, MAX_BY_VERB, marks, Set.of());
    }

    /**
     * 县长|起永昌|主持, 州委书记|者永华|主持, 副县长|和丽萍|出席, 州委副书记|泽郎多吉|主持: two to four characters between a
     * post and a strong verb are its holder's name, whatever their surname, where HanLP reads no common word and no
     * function word in them (县长|亲自|主持, 书记|今天|出席, 县长|等人|出席 are no names) and no post opens inside.
     * The first character may be any word HanLP reads (起 a verb, 和 a conjunction) but a function word, unless it
     * is an attested surname.
     */
    private Optional<Integer> beforeStrongVerb(String text, int at, TokenMarks marks) {
        int post = titles.postEndingAt(text, at);
        // 代表|主办方|致辞, 领导和专家|百余人|出席: not after a label (代表, 专家), whose words run on into the sentence
        if (!marks.wordStart().get(at) || post == 0 || titles.isLabel(text.substring(at - post, at))
                || marks.functionChars().get(at) && !shape.hasAttestedSurnameAt(text, at)) {
            return Optional.empty();
        }
        return untilStrongVerb(text, at, MAX_BEFORE_VERB, marks, countMarkers); // 专家|百余人|出席: a count holds no name
    }

    /**
     * The length (two to {@code maxLength}) of a name at {@code at} that a strong verb closes, where HanLP reads no
     * common or function word inside, no post opens inside and no character after the first is one of {@code barred}.
     */
    private Optional<Integer> untilStrongVerb(String text, int at, int maxLength, TokenMarks marks,
                                              Set<Character> barred) {
        for (int len = 2; len <= maxLength && at + len < text.length(); len++) {
            int end = at + len;
            if (!TextChars.isHan(text.charAt(end - 1)) || titles.postAt(text, end - 1) > 0
                    || marks.functionChars().get(end - 1) || barred.contains(text.charAt(end - 1))
                    || anySet(marks.commonWordChars(), at, end)) {
                return Optional.empty();
            }
            if (marks.wordStart().get(end) && strongVerbs.longestAt(text, end) > 0 && shape.mayBeName(text, at, end)) {
                return Optional.of(len);
            }
        }
        return Optional.empty();
    }

    /**
     * 省委书记|萨荣|出席, 副主任|图门|、旗政协副主席丁淑萍: two characters after a post are a name when what follows
     * closes them and either HanLP reads them as one name opening with an attested surname (萨, seen more often as
     * another word, is no surname of the ordinary reading), or a 、 leads on to the next post and its holder's name —
     * a chain of posts and names that leaves no other reading of the two characters.
     */
    private Optional<Integer> twoEnclosed(String text, int at, TokenMarks marks) {
        int end = at + 2;
        if (end >= text.length() || !marks.wordStart().get(end) || shape.isStopName(text.substring(at, end))
                || titles.postAt(text, at) > 0) {
            return Optional.empty();
        }
        boolean closed = "、,。;".indexOf(text.charAt(end)) >= 0 || text.startsWith(COMRADE, end)
                || boundaries.longestAt(text, end) > 0;
        if (!closed || anySet(marks.wordChars(), at, end)) {
            return Optional.empty();
        }
        boolean readByHanlp = marks.wordStart().get(at) && marks.nameChars().get(at) && marks.nameChars().get(at + 1)
                && shape.isEnclosedName(text, at, end);
        boolean chained = text.charAt(end) == '、' && isUnreadName(text, at, end, marks)
                && titledItemAhead(text, end + 1, marks);
        return readByHanlp || chained ? Optional.of(2) : Optional.empty();
    }

    /** Whether a unit prefix and a post, with the name of its holder right after, open the text at {@code from}. */
    private boolean titledItemAhead(String text, int from, TokenMarks marks) {
        for (int end = from + 1; end <= text.length() && end - from <= MAX_TITLED_ITEM; end++) {
            if (!TextChars.isHan(text.charAt(end - 1))) {
                return false;
            }
            if (titles.postEndingAt(text, end) > 0 && end < text.length()
                    && shape.readAt(text, end, e -> boundaryAt(text, e), marks.wordStart().get(end)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 州政协主席|妥正君|主持…: three characters a post and a boundary enclose, each a word of its own to HanLP (妥/a
     * 正/d 君/ng) and each a name's character, are a name whose surname no list attests (妥, 喇, 朵: Hui and Tu
     * surnames of the north-west). Not where HanLP reads a word inside (主席|台前排, 书记|及列席), nor a post.
     */
    private boolean isUnreadName(String text, int at, int end, TokenMarks marks) {
        return !anySet(marks.wordChars(), at, end) && marks.wordStart().get(at) && shape.givenNameChars(text, at, end)
                && !shape.opensNoEnclosedName(text.charAt(at)) && titles.postAt(text, at) == 0
                && !shape.isStopName(text.substring(at, end));
    }

    /**
     * 庭长鲁建平、刑庭|庭长马文彬: a reading followed by a post and a name after it is the unit of that post (刑庭), so the
     * item is a title and a name of its own, not a name of the list.
     */
    private boolean opensTitledItem(String text, int readingEnd, TokenMarks marks) {
        int post = titles.postAt(text, readingEnd);
        // 东郭守义、满仓|代表全镇…: a label after the name is its verb (代表 speaks for), not the item's post
        return post > 0 && readingEnd + post < text.length() && !titles.isLabel(text.substring(readingEnd, readingEnd + post))
                && shape.readAt(text, readingEnd + post, end -> boundaryAt(text, end), marks.wordStart().get(readingEnd + post))
                .isPresent();
    }

    /**
     * 冉敬松先生、|富永孝|先生、弓又生先生: in a list whose names carry a form of address, an item of two or three Han
     * characters that an attested surname opens and a form of address closes is a name, whatever words HanLP reads in
     * it; 传慧法师、|了尘|法师: one the same form as the previous item's closes is a name whatever opens it (a dharma
     * name has no surname), and so are two characters a clergy title closes, a post of its own (秘书长|了信|法师).
     */
    private Optional<Integer> addressedItem(String text, int at, String previousAddress) {
        boolean surname = shape.hasAttestedSurnameAt(text, at);
        for (int len = 2; len <= MAX_UNREAD_ITEM && at + len < text.length(); len++) {
            if (!TextChars.isHan(text.charAt(at + len - 1)) || boundaryAt(text, at + len - 1)) {
                return Optional.empty();
            }
            int address = honorifics.longestAt(text, at + len);
            // 秘书长|了信|法师主持: a clergy title, a post of its own, closes a two-character dharma name after a post
            if (address > 0 && (surname || !previousAddress.isEmpty() && text.startsWith(previousAddress, at + len)
                    || len == 2 && titles.postAt(text, at + len) == address)) {
                return Optional.of(len);
            }
        }
        return Optional.empty();
    }

    /**
     * 副主席安崇礼、|陇秀梅|、管锋: the next item of a 、-list of names after a post is a name of two or three characters
     * whatever its surname, when 、 or punctuation closes it and HanLP reads no word of two characters or more in it
     * other than a name (not 各乡镇, not 秘书长, a post).
     */
    private Optional<Integer> unknownListItem(String text, int at, TokenMarks marks) {
        for (int len = 2; len <= 3 && at + len < text.length(); len++) {
            int end = at + len;
            if ("、,。;".indexOf(text.charAt(end)) < 0) {
                continue;
            }
            return isUnreadName(text, at, end, marks) ? Optional.of(len) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * 自治区政协常委|那仁格日勒|, 外事委员会主任|哈那提别克|在大会上发言: four to six characters after a post, up to a
     * boundary, that HanLP reads as holding a name and no other word (那仁格/nr 日/j 勒/v; not 局长|办公会议/n), are a
     * name without a surname: a Mongolian, Kazakh or Tibetan name no syllable list covers.
     */
    private Optional<Integer> readByHanlpAfterPost(String text, int at, TokenMarks marks) {
        // 妇女代表|齐聚一堂: not after a label (代表, 领导), whose words run on into the sentence; 和|上官岚: not from a
        // character that opens no name.
        int post = titles.postEndingAt(text, at);
        // 萨荣、|省长谷心远: a post opens the next titled item, never a name
        if (!marks.wordStart().get(at) || titles.postAt(text, at) > 0
                || post > 0 && titles.isLabel(text.substring(at - post, at))
                || shape.opensNoEnclosedName(text.charAt(at))) {
            return Optional.empty();
        }
        for (int k = at + 2; k < at + MIN_HANLP_NAME && k < text.length(); k++) {
            if (boundaryAt(text, k)) {
                return Optional.empty(); // 部长|藤井茂|先生: a shorter name ends at a boundary word
            }
        }
        for (int end = at + MIN_HANLP_NAME; end <= Math.min(text.length(), at + MAX_HANLP_NAME); end++) {
            char last = text.charAt(end - 1);
            if (!TextChars.isHan(last) || !shape.givenNameChars(text, end - 1, end) && end - 1 > at) {
                return Optional.empty();
            }
            if (boundaryAt(text, end) && (end == text.length() || marks.wordStart().get(end))) {
                return anySet(marks.nameChars(), at, end) && !anySet(marks.wordChars(), at, end)
                        && shape.givenNameChars(text, at, at + 1) ? Optional.of(end - at) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The length of HanLP's name reading at {@code at} (three characters, an attested surname opening it: two are too
     * often a word of the post, 候任|主委, 经审|委员) when a post follows it at once; else empty.
     */
    private Optional<Integer> readByHanlpBetweenUnitAndPost(String text, int at, Tokens tokens) {
        int t = tokens.startingAt(at);
        if (t < 0 || !tokens.pos(t).startsWith("nr")) {
            return Optional.empty();
        }
        int len = tokens.end(t) - at;
        int post = titles.postAt(text, at + len);
        boolean named = len == 3 && shape.hasAttestedSurnameAt(text, at) && post > 0
                && !headOfItsOwnUnit(text, at + len, post) && !shape.isStopName(text.substring(at, at + len));
        return named ? Optional.of(len) : Optional.empty();
    }

    private void beforePost(String text, int at, List<Mention> out) {
        beforePost(text, at, out, false);
    }

    private void beforePost(String text, int at, List<Mention> out, boolean structured) {
        Optional<Integer> len = shape.readAt(text, at, end -> {
            int post = titles.postAt(text, end);
            // A label (职工代表, 市领导) stands before names, never after one: 全体教|职工代表 is no name.
            return post > 0 && !titles.isLabel(text.substring(end, end + post))
                    && !titles.isCollective(text.substring(end, end + post)) && boundaryAt(text, end + post)
                    && !headOfItsOwnUnit(text, end, post);
        }, structured);
        len.filter(l -> !opensTitleOrUnit(text, at, l) && !endsWithBoundaryWord(text, at, at + l))
                .ifPresent(l -> out.add(mention(text, at, at + l, "person:before-post", 0.8)));
    }

    /**
     * Whether the post of {@code length} at {@code end} is the head of the unit that the reading before it closes:
     * a two-character post that repeats the reading's last character (水利站|站长, 物管科|科长, 农卫股|股长) names the
     * head of the 站, 科 or 股 just read, so the reading is that unit's abbreviation, not a name.
     */
    private static boolean headOfItsOwnUnit(String text, int end, int length) {
        return length == 2 && end > 0 && text.charAt(end - 1) == text.charAt(end);
    }

    /**
     * Whether the reading {@code [at, end)} ends with a boundary word after a name of two characters or more
     * (鲁茸培楚|出席。 read whole up to the punctuation): the name ends before it. NameShape's endsInBoundaryWord asks
     * the reading's own predicate at each shorter end; here the words of boundaries.tsv are asked, since a reading
     * before a post ends only where a post follows.
     */
    private boolean endsWithBoundaryWord(String text, int at, int end) {
        for (int k = at + 2; k < end; k++) {
            if (boundaries.longestAt(text, k) == end - k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reading of {@code length} at {@code at} opens a post that runs on past it (高级|顾问, 武装|部长,
     * 县委常委|宣传|部长) or is, or opens, a unit's head noun (宣传部, 专业|委员会): words of a title or a unit's
     * name, not a name.
     */
    private boolean opensTitleOrUnit(String text, int at, int length) {
        return titles.postAt(text, at) > length || unitHeads.longestAt(text, at) >= length;
    }

    /**
     * 隗秀英表示…, 金晓鹏、黎泽民分别…: names opening a clause (one, or a 、-list) right before a strong verb
     * are people even without a post.
     */
    /**
     * 纪委办曹曼琳同志对…: three characters before 同志 that a common surname opens, where HanLP starts a word, are a
     * name whatever stands before them (有关|负责同志, 部门|负责同志: 关, 门 start no word).
     */
    private void beforeComrade(String text, int at, List<Mention> out, BitSet wordStart) {
        int start = at - 3;
        shape.readAt(text, start, end -> end == at)
                .filter(len -> len == 3 && wordStart.get(start) && shape.hasSurnameAt(text, start)
                        && !comradeWords.contains(text.substring(at - 2, at)))
                .ifPresent(len -> out.add(mention(text, start, at, "person:before-comrade", 0.8)));
    }

    private void atClauseStart(String text, int at, List<Mention> out, TokenMarks marks) {
        if (titles.postAt(text, at) > 0) {
            return; // 县长阿依古丽·吐尔逊: a post opens the clause, the after-post reading applies
        }
        List<Mention> list = new ArrayList<>();
        int start = afterMeetingBy(text, at);
        // …就座的有:A、B、C。 — after a colon, a 、-list of two or more names may simply end the sentence.
        boolean afterColon = at > 0 && text.charAt(at - 1) == ':';
        while (true) {
            boolean more = !list.isEmpty();
            final int from = start;
            // 哈力克·吐尔逊|向大会作…报告: the dot makes a name by itself, so its part after the dot ends at the first
            // word that may follow any name, not at the strong verb further on.
            Optional<Integer> len = shape.readAt(text, start, end -> end < text.length()
                    && (text.charAt(end) == '、' || strongVerbs.longestAt(text, end) > 0
                    || afterColon && more && "。;".indexOf(text.charAt(end)) >= 0
                    || more && closesWithLabel(text, end)
                    || NameShape.hasNameDot(text, from, end) && boundaryAt(text, end) && strongVerbSoonAfter(text, end)));
            if (len.isEmpty()) {
                return;
            }
            int end = start + len.get();
            if (titles.postEndingAt(text, end) >= 2) {
                return; // 冯部长要求: a surname and a post, a reference to someone named before
            }
            if (list.isEmpty() && text.charAt(end) != '、' && isOrdinaryWord(marks, start, end)) {
                return; // 。方案|要求…, 章程|规定…: a document HanLP reads as one ordinary word speaks, no person
            }
            list.add(mention(text, start, end, "person:clause-start", 0.75));
            if (text.charAt(end) != '、' || closesWithLabel(text, end)) {
                out.addAll(list);
                return;
            }
            start = end + 1;
        }
    }

    /** The longest meeting noun before 由 that opens a clause (座谈会由). */
    private static final int MAX_MEETING_BEFORE_BY = 3;

    /**
     * 会议由|赛赤·洛桑丹增·图丹久美主持: where a clause that opens with a meeting noun and 由 (会议由, 大会由) names whom the
     * act is by; else {@code at}. A dotted name would otherwise take the words before its dot.
     */
    private static int afterMeetingBy(String text, int at) {
        for (int by = at + 1; by <= at + MAX_MEETING_BEFORE_BY && by < text.length(); by++) {
            if (text.charAt(by) == BY) {
                char last = text.charAt(by - 1);
                return last == '会' || last == '议' ? by + 1 : at;
            }
        }
        return at;
    }

    /** Whether HanLP reads {@code [start, end)} as exactly one word of two or more characters that is no name. */
    private static boolean isOrdinaryWord(TokenMarks marks, int start, int end) {
        int nextStart = marks.wordStart().nextSetBit(start + 1);
        return marks.wordStart().get(start) && (nextStart < 0 || nextStart >= end) && marks.wordStart().get(end)
                && marks.wordChars().get(start) && !anySet(marks.nameChars(), start, end);
    }

    /** 哈力克·吐尔逊|向大会作…: a strong verb a few characters on, in the same clause. */
    private boolean strongVerbSoonAfter(String text, int at) {
        for (int k = at; k < text.length() && k - at <= STRONG_VERB_REACH && !TextChars.isBreak(text.charAt(k)); k++) {
            if (strongVerbs.longestAt(text, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 永远名誉会长尹方景|四位|监誓人: a reading that a count (person/list_counts.tsv) closes holds people counted, no part of
     * a name.
     */
    private boolean endsInACount(String text, Mention c) {
        for (int k = c.start() + 1; k < c.end(); k++) {
            for (Pattern count : listCounts) {
                Matcher m = count.matcher(Deadline.guard(text)).region(k, text.length());
                if (m.lookingAt() && m.end() >= c.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 司马振国、郦光金、覃良曦|等专家学者: a list of names closed by 等 and the post or label its people share. */
    private boolean closesWithLabel(String text, int end) {
        if (text.charAt(end) == '等' && end + 1 < text.length() && titles.postAt(text, end + 1) > 0) {
            return true;
        }
        for (Pattern count : listCounts) {
            if (count.matcher(Deadline.guard(text)).region(end, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An item of a form line's list is a name, maybe after a label or post (村民代表韦德明, 镇长 李华): the line's label
     * says these are people, so the name needs no verb, and it must fill the item to its end.
     */
    private void inFormItem(String text, int start, int end, List<Mention> out, BitSet wordStart) {
        for (int at = skipSpaces(text, start); at < end - 1; at++) {
            if (at > start && titles.postEndingAt(text, at) <= 0) {
                continue;
            }
            int from = skipSpaces(text, at);
            int stop = end;
            while (stop > from && text.charAt(stop - 1) == ' ') {
                stop--;
            }
            final int itemEnd = stop;
            Optional<Integer> len = shape.readAt(text, from, e -> e == itemEnd, wordStart.get(from));
            // 列席:…;区府办、区财政局…负责同志 — a unit's abbreviation among the items is no name (区 is a surname too)
            if (len.isPresent() && !shape.endsLikeAUnit(text.substring(from, itemEnd))) {
                out.add(mention(text, from, itemEnd, "person:form", 0.85));
                return;
            }
        }
    }

    /**
     * …就座的有:贺建军、潘立新、甘露、刘中原。 — a 、-list after a colon, to the end of its sentence: each item that
     * is exactly a name is a person, when most items are (an item the name shape rejects does not end the list). Where
     * two in three items are names by their shape, the list says what the others are: an item of two or three
     * characters that may stand in a name is a name too when an attested surname opens it, however rarely that
     * character is a surname (玉香兰, 寸显红, 刀文光), and an item of three such characters is one whatever opens it
     * (莽绍华: 莽 is attested nowhere).
     */
    private void colonList(String text, int start, List<Mention> out, BitSet wordStart) {
        int end = start;
        while (end < text.length() && "。;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<Mention> names = new ArrayList<>();
        List<Mention> byTheList = new ArrayList<>();
        int items = 0;
        for (int from = start; from < end; ) {
            int to = text.indexOf('、', from);
            to = to < 0 || to > end ? end : to;
            // 杨森(人大办)、王金有: a short aside in parentheses closing an item is no part of its name
            int paren = text.lastIndexOf('(', to - 1);
            final int itemEnd = paren > from && ListAsides.end(text, paren) == to ? paren : to;
            items++;
            final int itemStart = from;
            if (itemEnd - from >= 2 && itemEnd - from <= 4) {
                Optional<Integer> len = shape.readAt(text, itemStart, e -> e == itemEnd, wordStart.get(itemStart));
                if (len.isPresent()) {
                    names.add(mention(text, itemStart, itemEnd, "person:colon-list", 0.8));
                } else if (itemEnd - from <= 3 && shape.givenNameChars(text, from, itemEnd)
                        && (shape.hasAttestedSurnameAt(text, from) || itemEnd - from == 3)
                        && !shape.isStopName(text.substring(from, itemEnd))
                        && !shape.endsLikeAUnit(text.substring(from, itemEnd))) {
                    byTheList.add(mention(text, itemStart, itemEnd, "person:colon-list", 0.75));
                }
            } else if (LATIN_NAME.matcher(Deadline.guard(text)).region(itemStart, itemEnd).matches()) {
                // …、徐家明、Rui Manuel Sales Pinto、邝志良: a name in Latin letters is an item of the list too
                names.add(mention(text, itemStart, itemEnd, "person:colon-list", 0.8));
            }
            from = to + 1;
        }
        if (items >= 3 && names.size() * 3 >= items * 2) {
            out.addAll(names);
            out.addAll(byTheList);
        }
    }

    private void taggedByHanlp(String text, int start, int end, List<Mention> out) {
        boolean knownSurname = shape.hasSurnameAt(text, start);
        // 西双版纳州政协主席|刀爱民: right after a post, HanLP's name reading stands whatever the surname (刀, a Dai
        // surname, is seen more often as a word than as a surname).
        boolean afterPost = !knownSurname && titles.postEndingAt(text, start) > 0 && !insideLongerPost(text, start);
        if (end - start < 2 || end - start > 4 || !(knownSurname || afterPost)
                || shape.isStopName(text.substring(start, end))) {
            return;
        }
        if (!boundaryAt(text, end) || headOfItsOwnUnit(text, end, titles.postAt(text, end))) {
            return;
        }
        if (knownSurname) {
            Optional<Integer> len = shape.readAt(text, start, e -> e == end);
            len.ifPresent(l -> out.add(mention(text, start, end, "person:hanlp-nr", 0.6)));
        } else if (end - start >= 3 && shape.givenNameChars(text, start, end)) {
            out.add(mention(text, start, end, "person:hanlp-nr-after-post", 0.6));
        }
    }

    /**
     * HanLP reads the candidate as exactly one word that is not a name (班子, 关于, 管委会). A three-character
     * name right after a post is trusted over HanLP (武靖远 is also a county's name).
     */
    private boolean readAsOtherWord(Mention candidate, Tokens tokens) {
        if (holdsWordOfNoName(candidate, tokens) || countAfterNumeral(candidate, tokens)
                || closesCount(candidate, tokens)) {
            return true;
        }
        boolean anchored = candidate.provenance().equals("person:after-post")
                || candidate.provenance().equals("person:list")
                || candidate.provenance().equals("person:clause-start");
        if (candidate.span().length() > 2 && anchored) {
            return false;
        }
        // tokens are in text order: a binary search, where a scan of the list per candidate was quadratic
        int t = tokens.startingAt(candidate.start());
        if (t >= 0 && tokens.end(t) == candidate.end()) {
            return neverNamePos.contains(tokens.pos(t)) || (!anchored && unanchoredNonNamePos.contains(tokens.pos(t)));
        }
        return false;
    }

    /**
     * 等十|余位校长, 8|时整: HanLP reads 余位 or 时整 as a name right after a numeral; it is the count's or the clock
     * time's (person/count_markers.tsv).
     */
    private boolean countAfterNumeral(Mention candidate, Tokens tokens) {
        int t = tokens.startingAt(candidate.start());
        return t > 0 && tokens.end(t - 1) == candidate.start() && tokens.pos(t - 1).equals("m")
                && afterNumeral.contains(candidate.surface().charAt(0));
    }

    /**
     * 代表|近百人|参加, 代表|数百人|出席: a candidate that ends with a classifier right after a numeral HanLP reads
     * inside it is a count (近 and 数 open it as if surnames); names hold numerals (张百川), not a count's classifier.
     */
    private boolean closesCount(Mention candidate, Tokens tokens) {
        int last = tokens.startingAt(candidate.end() - 1);
        return last > 0 && tokens.end(last) == candidate.end()
                && countClassifiers.contains(candidate.surface().charAt(candidate.surface().length() - 1))
                && tokens.start(last - 1) > candidate.start() && tokens.pos(last - 1).equals("m");
    }

    /**
     * 向|大家, 党委|工作: a word of two or more characters that is never (part of) a name — a pronoun, an organ, an
     * adverb — inside the candidate, or a post word that starts inside it and runs past its end (李卫|总经理), makes
     * it no name, even right after a post; a name read at a clause start may have no word but a name run past it.
     */
    private boolean holdsWordOfNoName(Mention candidate, Tokens tokens) {
        // After a post, HanLP's organisation tags inside a name are weak (成员|蓝海/ntc|波): only function words count.
        boolean afterPost = candidate.provenance().equals("person:after-post");
        // 明确|工作重点: a clause-start reading made of an ordinary word and the first character of the next one is no
        // name (郝|明代|表 is: HanLP's words across a name's end are common, a whole word inside it is not).
        boolean clauseStart = candidate.provenance().equals("person:clause-start");
        int first = tokens.startingAt(candidate.start());
        // ,向|大会汇报: a one-character preposition and one word after it, at a clause start, is no name (向 is also
        // a surname: after a post, 部长向|大家 is handled by the pronoun).
        // After a post too when the word is a common noun or a verb: 所长|向|大会作了报告, 县长|向|参会群众通报.
        // 党委书记|向|振华/nz|、: a proper noun right before 、 is a name after a surname, no object of a preposition
        // (禄校长从|国家/n|、学校 is one).
        if (first >= 0 && first + 1 < tokens.size() && tokens.pos(first).equals("p")
                && tokens.end(first) - tokens.start(first) == 1 && tokens.end(first + 1) == candidate.end()
                && (!afterPost || tokens.pos(first + 1).startsWith("v")
                || tokens.pos(first + 1).startsWith("n") && !tokens.pos(first + 1).startsWith("nr")
                && !(listMarkAfter(tokens, candidate.end()) && tokens.pos(first + 1).equals("nz")))) {
            return true;
        }
        boolean holdsWord = false; // a word of two or more characters, not a name's, inside the candidate
        for (int t = tokens.firstStartingAtOrAfter(candidate.start()); t < tokens.size()
                && tokens.start(t) < candidate.end(); t++) {
            boolean inside = tokens.end(t) <= candidate.end();
            String pos = tokens.pos(t);
            holdsWord |= inside && tokens.end(t) - tokens.start(t) >= 2 && !pos.startsWith("nr");
            if (inside && tokens.end(t) - tokens.start(t) >= 2 && tokens.end(t) - tokens.start(t) < candidate.span().length()
                    && neverNamePos.contains(pos) && !(afterPost && pos.startsWith("n"))) {
                return true;
            }
            if (!inside && tokens.start(t) > candidate.start() && (tokens.pos(t).equals(POST_TAG)
                    || (clauseStart || afterPost) && holdsWord && !pos.startsWith("nr"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether 、 follows {@code end} (the mark is a token of its own, HanLP's w). */
    private static boolean listMarkAfter(Tokens tokens, int end) {
        int t = tokens.startingAt(end);
        return t >= 0 && tokens.end(t) == end + 1 && tokens.text(t).equals("、");
    }

    /**
     * 王书记, 欧阳主任: a surname and a post is a short repeat of someone named in full (or of no one named), never
     * a name of its own; the people builder reads it as a mention of the person it repeats.
     */
    private boolean isSurnameAndPost(String surface) {
        int post = titles.postEndingAt(surface, surface.length());
        return post >= 2 && (surface.length() - post == 1 || surface.length() - post == 2);
    }

    /**
     * 秘书长|向常务|理事: a post that starts inside the reading and runs on past its end (常务理事) makes the reading a
     * preposition or a surname before a post, not a name.
     */
    private boolean postRunsOnFrom(String text, Mention c) {
        for (int i = c.start() + 1; i < c.end(); i++) {
            int post = titles.postAt(text, i);
            if (post > 0 && i + post > c.end()) {
                return true;
            }
        }
        return false;
    }

    /** Scraped pages put stray spaces between a title and the name (行长  雷振东). */
    static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Punctuation, the end of the text, a listed boundary word or a post may follow a name. */
    private boolean boundaryAt(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        // 县长李华15日下午主持召开…: a date may follow a name directly.
        return TextChars.isBreak(c) || (c >= '0' && c <= '9') || boundaries.longestAt(text, end) > 0
                || postNotBodyAt(text, end);
    }

    /** A post starts at {@code at} and is not the start of a body's name (理事|会, 委员|会). */
    private boolean postNotBodyAt(String text, int at) {
        int post = titles.postAt(text, at);
        return post > 0 && (at + post >= text.length() || text.charAt(at + post) != '会');
    }

    /**
     * The accepted mentions with every later occurrence of their names, settled. {@code all} holds the accepted ones
     * in text order and is extended in place (its first {@code accepted} entries stay in text order; a repeat of the
     * very same span replaces the accepted mention there, or is appended).
     */
    private List<Mention> withRepeats(String text, List<Mention> all, BitSet quoted) {
        Set<String> names = new LinkedHashSet<>();
        all.forEach(m -> names.add(m.surface()));
        int accepted = all.size();
        // one pass over the text, names looked up by their first two characters: a search of the whole text per
        // distinct name was quadratic in a document of endless name lists
        Map<String, List<String>> byOpening = new HashMap<>();
        for (String name : names) {
            if (name.length() >= 2) {
                byOpening.computeIfAbsent(name.substring(0, 2), k -> new ArrayList<>()).add(name);
            }
        }
        int next = 0; // the first accepted mention that may start at or after at (they are in text order, apart)
        for (int at = 0; at + 2 <= text.length(); at++) {
            List<String> candidates = byOpening.isEmpty() ? null : byOpening.get(text.substring(at, at + 2));
            if (candidates == null || quoted.get(at)) {
                continue;
            }
            while (next < accepted && all.get(next).start() < at) {
                next++;
            }
            Mention here = next < accepted && all.get(next).start() == at ? all.get(next) : null;
            for (String name : candidates) {
                int end = at + name.length();
                // 集团党委书记、董事长|殷天翔|充分肯定了…: a known name of three or more characters right after a post is
                // that person whatever follows it (the post and the name already read elsewhere anchor it).
                if (text.startsWith(name, at) && (end >= text.length() || !TextChars.isHan(text.charAt(end))
                        || boundaryAt(text, end) || name.length() >= 3 && titles.postEndingAt(text, at) > 0)) {
                    // Of a repeat and an accepted mention of the very same span only the surer can be kept (the
                    // accepted one on a tie: listed first): the other is not held at all, so that a list of a
                    // million names is not held twice at once.
                    if (here == null || here.end() != end) {
                        all.add(mention(text, at, end, "person:repeat", REPEAT_CONFIDENCE));
                    } else if (here.confidence() < REPEAT_CONFIDENCE) {
                        all.set(next, mention(text, at, end, "person:repeat", REPEAT_CONFIDENCE));
                    }
                }
            }
        }
        return OverlapPolicy.longestThenPriority(all);
    }

    private static Mention mention(String text, int start, int end, String rule, double confidence) {
        return Mention.in(text, MentionType.PERSON, start, end, rule, confidence);
    }
}
