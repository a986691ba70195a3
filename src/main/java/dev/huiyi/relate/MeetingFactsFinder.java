package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meeting name, date, place, mode and organisers, per the contract's Decisions: the name from the headline
 * (else the first body sentence) after its convening verb; the date from the body, not the date line;
 * the mode from {@code models/meeting/mode.tsv}; organisers as the unit right before the convening verb.
 */
final class MeetingFactsFinder {
    private record ModeRule(MeetingMode mode, ScanPattern pattern) {
    }

    /** The dash between a name's head and its subtitle, or between a theme and the name (names.tsv lead). */
    private static final String DASH = "——";
    private static final Pattern DATELINE_AFTER = Pattern.compile("^(讯|电|消息)");
    /**
     * What after an owner makes it part of the name rather than its convenor (辽宁省|与央企深化合作座谈会,
     * 区人大常委会|与区人民政府…联席会议, 景县|·服务雄安招商推介对接会; 县委退役军人事务工作领导小组|暨双拥工作领导小组会议:
     * two bodies that meet as one are the name).
     */
    private static final String JOINS_OWNER = "与和同·暨";
    /** How many opening paragraphs are read for the meeting's name and convenor. */
    private static final int OPENING_PARAGRAPHS = 2;
    /** How many sentences after its first a lead paragraph is read for a name that no opening sentence gave. */
    private static final int LATER_LEAD_SENTENCES = 4;
    private final List<String> selfReferenceWords;
    private final ScanPattern verb;
    private final ScanPattern noun;
    private final Pattern held;
    private final Pattern lead;
    /** What ends a name though a later meeting noun follows in the clause (大会|传达学习…推进会精神). */
    private final Pattern afterName;
    /** A sentence that says the meeting was held: its date is the meeting's over earlier dates (a notice's). */
    private final Pattern heldVerb;
    private final List<ModeRule> modeRules;
    private final OrganizerFinder organizers;

    /** A headline of an official document (…的通知, …的请示, …的决定), or null: such a page is no meeting report. */
    private final Pattern documentTitle;

    /** The 会议 of 会议纪要 after a name that ends in its own meeting noun (民主议事会|会议记录; names.tsv minutes_word). */
    private final Pattern minutesWord;
    /** A headline that reports a visit (…赴X调研…, 视察, 看望), not a meeting: names.tsv visit_title. */
    private final Pattern visitTitle;
    /** What says a meeting took place during a visit (座谈, 会上, 召开, 主持): names.tsv visit_meeting. */
    private final Pattern visitMeeting;
    /**
     * What introduces the name of a meeting the reporting unit took part in (物探队应邀参加了|四湾社区座谈会), or null:
     * read when no convening verb and no held name gives one, and only a name with more than its noun.
     */
    private final ScanPattern attendVerb;
    /** A bare founding or unveiling noun (成立大会, 揭牌仪式): the unit before it is what is founded, kept (or null). */
    private final Pattern keepsOwner;
    /** 县政协|十一届六次会议: a session of a congress or a CPPCC is named with its body (names.tsv keeps_session). */
    private final Pattern keepsSession;
    /**
     * A clause after a convening verb that ends in a word and 会 the noun list lacks (召开|全市基层院建设检视剖析会,) names
     * the meeting when no listed noun does (names.tsv noun_fallback), or null.
     */
    private final Pattern nounFallback;
    /**
     * A headline that alone names the event (新乡县开展|第十六次人居环境整治观摩评比活动, 全省统战部长会议|在我市开幕):
     * its group {@code name} is the meeting's name when neither the headline nor the opening names one with a meeting
     * noun (names.tsv headline_event), or null.
     */
    private final Pattern headlineEvent;
    /** 决定|2月22日召开…, 定于, 将于: before a date that sets another meeting for later (names.tsv future_date), or null. */
    private final Pattern futureDate;
    /**
     * A bare meeting noun the body says was held (召开|座谈会, 座谈会上,), read when nothing else names the meeting: its
     * group {@code name} is the name (names.tsv bare_name), or null.
     */
    private final Pattern bareName;

    /**
     * A convening verb inside a name read off a headline or a lead (利辛县召开|耕地保护…推进会, 召开|会议): the name is what
     * follows it (names.tsv verb_in_name).
     */
    private final Pattern verbInName;

    private MeetingFactsFinder(Map<String, Pattern> keyed, List<ModeRule> modeRules, OrganizerFinder organizers) {
        Pattern attend = keyed.get("attend_verb");
        this.futureDate = keyed.get("future_date");
        this.bareName = keyed.get("bare_name");
        this.visitTitle = keyed.get("visit_title");
        this.visitMeeting = keyed.get("visit_meeting");
        this.headlineEvent = keyed.get("headline_event");
        this.minutesWord = keyed.get("minutes_word");
        this.verbInName = keyed.get("verb_in_name");
        this.nounFallback = keyed.get("noun_fallback");
        this.keepsOwner = keyed.get("keeps_owner");
        this.keepsSession = keyed.get("keeps_session");
        this.documentTitle = keyed.get("document_title");
        this.attendVerb = attend == null ? null : ScanPattern.of(attend);
        this.heldVerb = keyed.get("held_verb");
        this.verb = ScanPattern.of(keyed.get("verb"));
        this.noun = ScanPattern.of(keyed.get("noun"));
        this.held = keyed.get("held");
        this.lead = keyed.get("lead");
        this.afterName = keyed.get("after_name");
        this.modeRules = List.copyOf(modeRules);
        this.organizers = organizers;
        this.selfReferenceWords = organizers.selfReferenceWords();
    }

    /** The keys of names.tsv; the first six are required. */
    private static final List<String> NAME_KEYS = List.of("verb", "noun", "held", "lead", "held_verb", "after_name",
            "document_title", "attend_verb", "keeps_owner", "keeps_session", "future_date", "noun_fallback",
            "headline_event", "minutes_word", "visit_title", "visit_meeting", "bare_name", "verb_in_name");
    private static final int REQUIRED_NAME_KEYS = 6;

    static MeetingFactsFinder load(ModelSource models, UnitListReader lists, UnitKinds kinds) {
        Map<String, Pattern> keyed = new HashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("meeting/names.tsv"), 2)) {
            if (!NAME_KEYS.contains(row.get(0))) {
                throw row.error("kind must be one of " + String.join(", ", NAME_KEYS));
            }
            keyed.put(row.get(0), row.regex(1));
        }
        if (!keyed.keySet().containsAll(NAME_KEYS.subList(0, REQUIRED_NAME_KEYS))) {
            throw new ModelException(
                    "models/meeting/names.tsv: needs a verb, a noun, a held, a lead, a held_verb and an after_name row");
        }
        List<ModeRule> modes = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("meeting/mode.tsv"), 2)) {
            try {
                modes.add(new ModeRule(MeetingMode.valueOf(row.get(0)), ScanPattern.of(row.regex(1))));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown mode '" + row.get(0) + "'");
            }
        }
        return new MeetingFactsFinder(keyed, modes, OrganizerFinder.load(models, lists, kinds));
    }

    /** Whether the page's headline reports a visit (调研, 视察, 看望…) and names no meeting. */
    boolean headlinesAVisit(Document doc) {
        return visitTitle != null && doc.titleLine() != null
                && visitTitle.matcher(Deadline.guard(doc.slice(doc.titleLine()))).find();
    }

    /** Whether the body says anywhere that a meeting was held or chaired (names.tsv visit_meeting: 座谈, 会上, 召开…). */
    boolean saysAMeetingWasHeld(Document doc) {
        return visitMeeting == null || visitMeeting.matcher(Deadline.guard(doc.text()))
                .region(doc.body().start(), doc.body().end()).find();
    }

    /** Whether the page's headline names an official document (a notice, a request, a decision), not a report. */
    boolean headlinesADocument(Document doc) {
        return documentTitle != null && doc.titleLine() != null
                && documentTitle.matcher(Deadline.guard(doc.slice(doc.titleLine()))).find();
    }

    MeetingFacts find(Document doc, List<Mention> mentions, String publishedAt) {
        String text = doc.text();
        List<Span> candidates = new ArrayList<>();
        if (doc.titleLine() != null) {
            candidates.add(doc.titleLine());
        }
        // the opening sentences of the first two paragraphs that hold a sentence, as well as of the first two
        // paragraphs: a deck line or a byline under the headline (对全省防汛减灾工作再安排再部署…, 川报观察记者 唐映雪)
        // must not keep the report's first sentence out
        List<Span> opening = new ArrayList<>();
        for (Span p : doc.paragraphs()) {
            if (opening.size() == OPENING_PARAGRAPHS) {
                break;
            }
            int stop = text.indexOf('。', p.start());
            if (stop >= 0 && stop < p.end()) {
                opening.add(p);
            }
        }
        // the first two paragraphs whatever they hold stay candidates too (a headline-like lead line, minutes)
        for (Span p : doc.paragraphs().subList(0, Math.min(OPENING_PARAGRAPHS, doc.paragraphs().size()))) {
            if (!opening.contains(p)) {
                opening.add(p);
            }
        }
        opening.sort(null);
        for (Span p : opening) {
            candidates.add(new Span(p.start(), Sentences.endOf(text, p.start())));
        }
        Span name = null;
        List<Span> names = new ArrayList<>();
        List<Mention> units = TypedMentions.of(mentions, MentionType.UNIT);
        // a name a convening verb or a held phrase gives in any candidate wins over one an attendance or a chair's verb
        // gives (主礼嘉宾一同主持|剪彩仪式 in a caption, …举行|庆祝64周年会庆暨…就职典礼 in the body)
        List<Optional<Span>> byVerb = candidates.stream().map(c -> nameIn(text, c, units, false)).toList();
        boolean anyByVerb = byVerb.stream().anyMatch(Optional::isPresent);
        for (int i = 0; i < candidates.size(); i++) {
            Span c = candidates.get(i);
            // a name an attendance gives still says who owns it (我会受邀参加|肇庆市潮汕商会成立大会)
            Optional<Span> any = byVerb.get(i).isPresent() ? byVerb.get(i) : nameIn(text, c, units, true);
            any.ifPresent(names::add);
            Optional<Span> found = anyByVerb ? byVerb.get(i) : any;
            // The fullest mention wins: 省政府第3次常务会议 in the body over 省政府常务会议 in the headline,
            // but only when it says the same name more fully (第三次全体会议 is not 第八次会议).
            if (found.isPresent() && (name == null || found.get().length() > name.length()
                    && isSubsequence(doc.slice(name), doc.slice(found.get())))) {
                name = found.get();
            }
        }
        if (name == null && !opening.isEmpty()) {
            // 百灵网讯,司法是否公正…标志;建立…举措。为…,英山县人民法院于9月14日举行首次新闻发布会: a lead that opens
            // with the why gives the name a few sentences on, in its first paragraph
            Span first = opening.get(0);
            int at = Sentences.endOf(text, first.start()) + 1;
            Span firstHeld = null;
            for (int n = 0; n < LATER_LEAD_SENTENCES && at < first.end(); n++) {
                Span sentence = new Span(at, Math.min(first.end(), Sentences.endOf(text, at)));
                Optional<Span> found = nameIn(text, sentence, units, false);
                if (found.isPresent()) {
                    name = found.get();
                    names.add(name);
                    candidates.add(sentence);
                    break;
                }
                if (firstHeld == null
                        && heldVerb.matcher(Deadline.guard(text)).region(sentence.start(), sentence.end()).find()) {
                    firstHeld = sentence;
                }
                at = sentence.end() + 1;
            }
            if (name == null && firstHeld != null) {
                // 不用发言稿,…拉家常。近日,何家村召开了一场由…参加的“屋场会”: no name read, but the lead's first sentence
                // that says a meeting was held may still say who held it
                candidates.add(firstHeld);
            }
        }
        if (name == null && headlinesAVisit(doc)) {
            // 检查组一行…调研。…当天下午,检查组在县人大会议室召开|座谈会: a visit's report names its meeting only where
            // the meeting comes, after the lead; the first body sentence whose convening verb gives a name names it
            Span body = doc.body();
            int from = opening.isEmpty() ? body.start() : Math.max(body.start(), opening.get(opening.size() - 1).end());
            for (int at = from; at < body.end(); at = Sentences.endOf(text, at) + 1) {
                Span sentence = new Span(at, Math.min(body.end(), Sentences.endOf(text, at)));
                Optional<Span> found = nameIn(text, sentence, units, false);
                if (found.isPresent()) {
                    name = found.get();
                    names.add(name);
                    break;
                }
            }
        }
        if (name == null && headlineEvent != null && doc.titleLine() != null) {
            Span headline = doc.titleLine();
            Matcher e = headlineEvent.matcher(Deadline.guard(text)).region(headline.start(), headline.end());
            if (e.lookingAt()) { // the pattern reads from the headline's start
                name = new Span(e.start("name"), e.end("name"));
            }
        }
        if (name == null && bareName != null) {
            // 检查组在县人大会议室召开|座谈会, 在随后召开的|座谈会|上, 参加|座谈会: a report that gives its meeting no
            // name but its kind is still named by that kind, as a reader would call it
            Matcher bare = bareName.matcher(Deadline.guard(text)).region(doc.body().start(), doc.body().end());
            if (bare.find()) {
                name = new Span(bare.start("name"), bare.end("name"));
            }
        }
        if (name != null) {
            name = afterVerbInName(text, withoutMinutesWord(text, name));
        }
        List<OrganizerRef> convenors = organizers.find(doc, candidates, verb, units, names,
                TypedMentions.of(mentions, MentionType.PERSON, MentionType.TITLE));
        Optional<String> place = placeOf(mentions);
        // 在我校举行 names a place where people met, though not one the record gives as the location
        boolean metSomewhere = !TypedMentions.of(mentions, MentionType.PLACE).isEmpty();
        MeetingMode mode = modeOf(text.substring(doc.body().start()), metSomewhere);
        return new MeetingFacts(name == null ? null : doc.slice(name), publishedAt, dateOf(doc, mentions),
                place.orElse(null), mode, convenors, name);
    }

    /** The first body date in a sentence that says the meeting was held (召开, 举行, 开幕…), or null. */
    private Mention firstDateOfAHeldSentence(Document doc, List<Mention> mentions, Predicate<Mention> inHeldSentence) {
        for (Mention m : mentions) {
            if (m.type() == MentionType.DATE && m.start() >= doc.body().start() && !inLine(doc.dateLine(), m)
                    && !setsALaterMeeting(doc.text(), m) && inHeldSentence.test(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The first place where the meeting was held, or a later one that says the same place more precisely
     * (在南京召开 in the headline, 在南京紫金山庄举行 in the body; 在京 / 在北京国家会议中心).
     */
    private Optional<String> placeOf(List<Mention> mentions) {
        List<String> places = new ArrayList<>();
        String bareSelf = null;
        for (Mention m : TypedMentions.of(mentions, MentionType.PLACE)) {
            // 在我校东校区图书馆报告厅举行: the place as written, the page's self-reference and all (the contract's
            // location is surface text; most annotators keep 我校). A bare 在我校(举行) is the place only when the
            // page names no other: a later, named venue is what a reader asks for.
            if (!selfReferenceWords.contains(m.value())) {
                places.add(m.value());
            } else if (bareSelf == null) {
                bareSelf = m.value();
            }
        }
        if (places.isEmpty()) {
            return Optional.ofNullable(bareSelf);
        }
        String best = places.get(0);
        for (String later : places.subList(1, places.size())) {
            if (later.length() > best.length() && later.contains(best)) {
                best = later;
            }
        }
        return Optional.of(best);
    }

    /** After the convening verb, up to the last meeting noun of the clause; or a name that opens its clause and is held. */
    private Optional<Span> nameIn(String text, Span s, List<Mention> units, boolean byAttendance) {
        Matcher v = verb.matcher(Deadline.guard(text));
        for (int at = s.start(); verb.find(v, text, at, s.end()); at = ScanPattern.resumeAfter(v)) {
            int start = v.end();
            Optional<Span> n = lastNoun(text, start, clauseEndFrom(text, start, s.end()));
            if (n.isPresent()) {
                return n;
            }
        }
        // A name that opens a clause and is then held (…第五次会议在长沙开幕; 1月13日,…职代会在所报告厅召开).
        for (int clause = s.start(); clause < s.end(); clause = clauseEndFrom(text, clause, s.end()) + 1) {
            Optional<Span> opening = heldName(text, clause, clauseEndFrom(text, clause, s.end()), s.end());
            if (opening.isPresent()) {
                return Optional.of(withoutOwners(text, opening.get(), units));
            }
        }
        if (nounFallback != null) {
            for (int at = s.start(); verb.find(v, text, at, s.end()); at = ScanPattern.resumeAfter(v)) {
                int clauseEnd = clauseEndFrom(text, v.end(), s.end());
                if (clauseEnd - v.end() >= FALLBACK_MIN_NAME && clauseEnd - v.end() <= FALLBACK_MAX_NAME
                        && nounFallback.matcher(Deadline.guard(text)).region(v.end(), clauseEnd).matches()) {
                    return Optional.of(new Span(afterLead(text, v.end(), clauseEnd), clauseEnd));
                }
                Optional<Span> quoted = quotedAfterLead(text, v.end(), s.end());
                if (quoted.isPresent()) {
                    return quoted;
                }
            }
        }
        if (attendVerb != null && byAttendance) {
            Matcher a = attendVerb.matcher(Deadline.guard(text));
            for (int at = s.start(); attendVerb.find(a, text, at, s.end()); at = ScanPattern.resumeAfter(a)) {
                Optional<Span> n = lastNoun(text, a.end(), clauseEndFrom(text, a.end(), s.end()))
                        .filter(found -> !noun.pattern().matcher(text.substring(found.start(), found.end())).matches());
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 召开了一场由村组干部、党员…参加的|“屋场会”,: a name in quotes that a lead (names.tsv lead) opens after the verb and
     * a clause end closes, read by noun_fallback without its quotes; the lead may hold 、 (its list of who took part).
     */
    private Optional<Span> quotedAfterLead(String text, int from, int limit) {
        int open = text.indexOf('“', from);
        if (open < 0 || open >= limit || open == from) {
            return Optional.empty();
        }
        int close = text.indexOf('”', open + 1);
        if (close < 0 || close >= limit || close + 1 < limit && ",。;".indexOf(text.charAt(close + 1)) < 0
                || close - open - 1 < FALLBACK_MIN_NAME || close - open - 1 > FALLBACK_MAX_NAME
                || afterLead(text, from, close) != open) {
            return Optional.empty();
        }
        for (int i = from; i < open; i++) {
            if (",。;”".indexOf(text.charAt(i)) >= 0) { // open is the first “ after the verb
                return Optional.empty();
            }
        }
        return nounFallback.matcher(Deadline.guard(text)).region(open + 1, close).matches()
                ? Optional.of(new Span(open + 1, close)) : Optional.empty();
    }

    /** How long a clause read by names.tsv noun_fallback may be: a word and 会 at least, no running text. */
    private static final int FALLBACK_MIN_NAME = 3;
    private static final int FALLBACK_MAX_NAME = 30;

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    /** The first meeting noun of the clause that is followed by a held phrase ends the name (…工作会议|在市委会议中心召开). */
    private Optional<Span> heldName(String text, int start, int clauseEnd, int sentenceEnd) {
        // …承办的|“第二届交叉学科研究生创新论坛”在…举行: a quoted name may follow the lead
        Optional<Span> quoted = quotedName(text, afterLead(text, start, clauseEnd), sentenceEnd);
        if (quoted.isPresent()) {
            return quoted;
        }
        Matcher n = noun.matcher(Deadline.guard(text));
        Matcher h = held.matcher(Deadline.guard(text));
        for (int i = start; i < clauseEnd; i++) {
            if (!noun.mayStartWith(text.charAt(i))) {
                continue;
            }
            n.region(i, clauseEnd);
            if (!n.lookingAt()) {
                continue;
            }
            for (int end = n.end(); end > i; end--) {
                n.region(i, end);
                if (n.matches() && h.region(end, sentenceEnd).lookingAt() && end - start >= 3) {
                    return Optional.of(new Span(start, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The contract keeps the organiser out of the name: 中国水利企业协会|第四届会员代表大会暨2023年会; so a list of
     * owners (市工商联、市总商会|七届三次主席会长会议) and a self-reference (我院|六届四次教代会) are cut off too.
     */
    private Span withoutOwners(String text, Span name, List<Mention> units) {
        int start = afterLead(text, name.start(), name.end());
        int end = name.end();
        while (true) {
            int next = ownerEndAt(text, start, end, units);
            // 中国航海学会青年专家委员会|(以下简称“青专委”)|成立大会: the owner's alias goes with the owner.
            int aside = next < 0 ? -1 : organizers.ownerAsideEnd(text, next, end);
            if (aside > 0 && aside < end - 2) {
                next = aside;
            }
            // 省委常委会|(扩大)会议: the body is part of the name when the rest opens with a parenthesis; 上海校友会|成立大会:
            // the unit founded (or its plaque unveiled) is part of it too, unless an alias in parentheses stands between
            // (中国航海学会青年专家委员会(以下简称“青专委”)|成立大会暨学术交流会).
            if (next < 0 || text.charAt(next) == '(' || JOINS_OWNER.indexOf(text.charAt(next)) >= 0
                    || keepsOwner != null && aside < 0
                    && keepsOwner.matcher(Deadline.guard(text.substring(next, end))).matches()
                    || keepsSessionOwner(text, start, next, end)) {
                break;
            }
            start = next;
            // 市工商联、市总商会|七届三次主席会长会议: owners joined as convening units are.
            if (start < end - 3 && organizers.joinsUnits(text.substring(start, start + 1))
                    && ownerEndAt(text, start + 1, end, units) > 0) {
                start++;
            }
        }
        // 我院|历时3天的|第七届职工代表大会第二次会议: a lead may follow the owner as well as open the name.
        return new Span(afterLead(text, start, end), end);
    }

    /** Whether the owner {@code [start, next)} is a congress's or CPPCC's body whose session the name is (县政协|十一届六次会议). */
    private boolean keepsSessionOwner(String text, int start, int next, int end) {
        if (keepsSession == null) {
            return false;
        }
        Matcher k = keepsSession.matcher(Deadline.guard(text)).region(start, end);
        return k.lookingAt() && k.end("owner") >= next; // the area after the body (政协|黔东南州) is part of it
    }

    /** Where a name from {@code start} begins once its lead is cut (关于|第…, …承办的|2022年…; names.tsv lead). */
    private int afterLead(String text, int start, int end) {
        Matcher leading = lead.matcher(Deadline.guard(text)).region(start, end);
        if (!leading.lookingAt() || leading.end() >= end - 2) {
            return start;
        }
        // 齐鲁研究生学术论坛——|材料科学与工程分论坛: a meeting's name before the dash is the name's head, not a theme
        int dash = leading.end() - DASH.length();
        return text.startsWith(DASH, dash) && endsWithNoun(text, start, dash) ? start : leading.end();
    }

    /** Whether a meeting noun ends {@code [from, to)} (…学术论坛, …扩大会). */
    private boolean endsWithNoun(String text, int from, int to) {
        Matcher n = noun.matcher(Deadline.guard(text));
        for (int i = from; i < to; i++) {
            if (noun.mayStartWith(text.charAt(i)) && n.region(i, to).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the unit or self-reference starting at {@code at} ends, if it leaves a name of three characters. */
    private int ownerEndAt(String text, int at, int end, List<Mention> units) {
        for (Mention u : units) {
            if (u.start() == at && u.end() < end - 2) {
                // 九三学社温州市|第九届委员会第八次全体会议: the body's edition stays with the name.
                int edition = organizers.editionIn(u.surface());
                if (edition > 0) {
                    return at + edition;
                }
                // 共青团|白河县|第二十次代表大会: the area after a body is part of the owner
                int withArea = organizers.unreadOwnerEnd(text, at, end);
                return withArea > u.end() ? withArea : u.end();
            }
        }
        for (String self : selfReferenceWords) {
            if (text.startsWith(self, at) && at + self.length() < end - 2) {
                return at + self.length();
            }
        }
        // 中国医药工程设计协会|会长会议在上海召开: a unit that convenes elsewhere in the report (…协会在上海召开会长会议),
        // here inside a post's reading (…协会会长), owns the name all the same.
        int readElsewhere = -1;
        for (Mention u : units) {
            int stop = at + u.surface().length();
            if (stop > readElsewhere && stop < end - 2 && text.startsWith(u.surface(), at)
                    && organizers.convenesAt(text, u, verb)) {
                readElsewhere = stop;
            }
        }
        if (readElsewhere > 0) {
            return readElsewhere;
        }
        int unread = organizers.unreadOwnerEnd(text, at, end);
        return unread > 0 ? unread : organizers.divisionOwnerEnd(text, at, end);
    }

    /** 利辛县召开|耕地保护和卫片整改专项工作推进会: the name after the last convening verb inside it (names.tsv verb_in_name). */
    private Span afterVerbInName(String text, Span name) {
        if (verbInName == null) {
            return name;
        }
        Matcher m = verbInName.matcher(Deadline.guard(text)).region(name.start(), name.end());
        int after = -1;
        while (m.find()) {
            after = m.end();
        }
        return after > name.start() && name.end() - after >= MIN_NAME_AFTER_VERB ? new Span(after, name.end()) : name;
    }

    /** The shortest name left after a convening verb (会议). */
    private static final int MIN_NAME_AFTER_VERB = 2;

    /** 民主议事会|会议记录, 专家研讨会|会议纪要: the 会议 of the minutes is the document's, not the name's. */
    private Span withoutMinutesWord(String text, Span name) {
        if (minutesWord == null) {
            return name;
        }
        Matcher m = minutesWord.matcher(Deadline.guard(text)).region(name.start(), text.length())
                .useTransparentBounds(true);
        while (m.find() && m.start() < name.end()) {
            if (m.end() == name.end() && m.start() - name.start() > 1) {
                return new Span(name.start(), m.start());
            }
        }
        return name;
    }

    /** From {@code start} to the end of the last (and longest) meeting noun before {@code end}. */
    private Optional<Span> lastNoun(String text, int start, int end) {
        Matcher n = noun.matcher(Deadline.guard(text)).region(start, end);
        int last = -1;
        for (int i = start; i < end; i++) {
            if (!noun.mayStartWith(text.charAt(i))) {
                continue;
            }
            n.region(i, end);
            if (n.lookingAt()) {
                last = Math.max(last, n.end());
                int after = n.end() < end && text.charAt(n.end()) == '”' ? n.end() + 1 : n.end();
                // …论坛|总结会: an after-name verb that opens a longer meeting noun is that noun, read on
                Matcher verbAfter = afterName.matcher(Deadline.guard(text)).region(after, end);
                boolean endsHere = verbAfter.lookingAt();
                if (endsHere && noun.mayStartWith(text.charAt(after))) {
                    Matcher nounAfter = noun.matcher(Deadline.guard(text)).region(after, end);
                    endsHere = !nounAfter.lookingAt() || nounAfter.end() <= verbAfter.end();
                }
                if (held.matcher(Deadline.guard(text)).region(after, end).lookingAt() || endsHere) {
                    break; // …成立大会|在成都市双流区正源会议中心召开: the venue after a held phrase is not the name
                }
            }
        }
        if (last < 0 || text.substring(start, last).equals("会议")) {
            return Optional.empty();
        }
        // 主办的|“成都市长春商会成立大会”: a linking 的 and quotes around the whole name are not part of it; nor is a
        // sponsor clause before it (、福建省安徽商会承办的|2022年…研讨会).
        int from = afterLead(text, text.charAt(start) == '的' ? start + 1 : start, last);
        // a name may run to the end of a damaged text: no closing quote to look at then
        if (text.charAt(from) == '“' && last < text.length() && text.charAt(last) == '”'
                && text.indexOf('“', from + 1) < 0) {
            return Optional.of(new Span(from + 1, last));
        }
        Optional<Span> quoted = quotedName(text, from, end);
        return quoted.isPresent() ? quoted : Optional.of(new Span(from, last));
    }

    /**
     * “遂宁市汽车产业联盟成立大会暨‘企业家大讲堂’专题讲座”|在…召开: a quoted text holding a meeting noun and then held
     * is the whole name, though it ends with a word that is no meeting noun.
     */
    private Optional<Span> quotedName(String text, int from, int end) {
        if (from >= end || text.charAt(from) != '“') {
            return Optional.empty();
        }
        int close = text.indexOf('”', from + 1);
        int inner = text.indexOf('“', from + 1);
        if (close < from + 4 || close >= end || inner >= 0 && inner < close) {
            return Optional.empty();
        }
        Matcher n = noun.matcher(Deadline.guard(text)).region(from + 1, close);
        boolean holdsNoun = false;
        for (int i = from + 1; i < close && !holdsNoun; i++) {
            holdsNoun = noun.mayStartWith(text.charAt(i)) && n.region(i, close).lookingAt();
        }
        boolean held = this.held.matcher(Deadline.guard(text)).region(close + 1, end).lookingAt();
        return holdsNoun && held ? Optional.of(new Span(from + 1, close)) : Optional.empty();
    }

    /**
     * Where the clause from {@code from} ends: punctuation, or a space or colon outside quotation marks (headline
     * decks; “21世纪中国:留学人员与构建创新型社会”研讨会 is one name). A short quoted theme closed on its line is read
     * whole, commas and all (“心手相牵,情系故里”首次…联谊会 is one name).
     */
    private static int clauseEndFrom(String text, int from, int limit) {
        boolean quoted = false;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            int close = c == '“' ? closedThemeEnd(text, i, limit) : -1;
            if (close > 0) {
                i = close;
                quoted = false;
                continue;
            }
            quoted = c == '“' || (quoted && c != '”');
            if (c == ',' || c == '。' || c == ';' || c == '\n' || ((c == ' ' || c == ':') && !quoted)) {
                return i;
            }
        }
        return limit;
    }

    /** How long a quoted theme read whole across its commas may be. */
    private static final int MAX_THEME = 24;

    /**
     * Where the quote opened at {@code open} closes when it is a short theme (no 。, no line break and no second
     * opening quote before its ”, within {@link #MAX_THEME}), or -1.
     */
    private static int closedThemeEnd(String text, int open, int limit) {
        for (int i = open + 1; i < Math.min(limit, open + 1 + MAX_THEME); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return i;
            }
            if (c == '“' || c == '。' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private MeetingMode modeOf(String body, boolean placeNamed) {
        for (ModeRule r : modeRules) {
            if (r.pattern().occursIn(body)) {
                return r.mode();
            }
        }
        return placeNamed ? MeetingMode.IN_PERSON : null;
    }

    /** The first date of the body that is not a dateline (本报北京8月24日电); a dateline only as a last resort. */
    private MeetingDate dateOf(Document doc, List<Mention> mentions) {
        Mention dateline = null;
        // dates share sentences: each sentence is read once (a run of thousands of dates is one sentence)
        SentenceIndex sentences = new SentenceIndex(doc.text());
        Map<Integer, Boolean> heldBySentence = new HashMap<>();
        Predicate<Mention> inHeldSentence = m -> heldBySentence.computeIfAbsent(sentences.startOf(m.start()),
                start -> heldVerb.matcher(Deadline.guard(doc.text())).region(start, sentences.endOf(m.start())).find());
        Mention held = firstDateOfAHeldSentence(doc, mentions, inHeldSentence);
        for (Mention m : mentions) {
            if (m.type() != MentionType.DATE || m.start() < doc.body().start() || inLine(doc.dateLine(), m)
                    || setsALaterMeeting(doc.text(), m)) {
                continue;
            }
            if (held != null && m.start() < held.start() && !inHeldSentence.test(m)) {
                continue; // 会议通知于6月9日送达…;会议于6月14日召开: the date of the sentence that holds the meeting
            }
            String after = doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 2));
            if (DATELINE_AFTER.matcher(Deadline.guard(after)).find()) {
                dateline = dateline == null ? m : dateline;
                continue;
            }
            Mention first = explicitAfterRelative(doc.text(), mentions, m);
            Optional<MeetingDate> consecutive = consecutiveDays(doc.text(), mentions, first);
            return consecutive.orElseGet(() -> toDate(withStatedSpan(doc, mentions, first)));
        }
        return dateline == null ? null : toDate(dateline);
    }

    /** How many characters before a date may say that it sets another meeting for later (计划于). */
    private static final int FUTURE_DATE_WINDOW = 4;

    /** Whether the date sets another meeting for later (全会决定|2月22日召开党代会; names.tsv future_date). */
    private boolean setsALaterMeeting(String text, Mention date) {
        return futureDate != null && futureDate.matcher(Deadline.guard(text))
                .region(Math.max(0, date.start() - FUTURE_DATE_WINDOW), date.start()).find();
    }

    /** 昨日(2月20日): the date in parentheses right after a relative word is the one the report states. */
    private static Mention explicitAfterRelative(String text, List<Mention> mentions, Mention m) {
        for (Mention next : mentions) {
            if (next.type() == MentionType.DATE && next.start() > m.end() && next.start() <= m.end() + 1
                    && text.charAt(m.end()) == '(') {
                return next;
            }
        }
        return m;
    }

    /** 昨日(2月20日)和今日(2月21日), 20日和21日: two consecutive days joined by 和/及 are a stated span. */
    private static Optional<MeetingDate> consecutiveDays(String text, List<Mention> mentions, Mention first) {
        LocalDate start = LocalDate.parse(first.value().split("/")[0]);
        for (Mention next : mentions) {
            if (next.type() != MentionType.DATE || next.start() < first.end() || next.start() > first.end() + 8) {
                continue;
            }
            String between = text.substring(first.end(), next.start());
            if (between.matches("\\)?(和|及|、)(今日|今天|明日|明天)?\\(?")
                    && LocalDate.parse(next.value().split("/")[0]).equals(start.plusDays(1))) {
                return Optional.of(new MeetingDate(start, start.plusDays(1), text.substring(first.start(), next.end()),
                        new Span(first.start(), next.end())));
            }
        }
        return Optional.empty();
    }

    /** A range stated later in the same paragraph that starts on this date (9月26日上午…会议于9月26日至28日举行). */
    private static Mention withStatedSpan(Document doc, List<Mention> mentions, Mention first) {
        Span paragraph = doc.paragraphs().stream().filter(p -> p.contains(first.span())).findFirst().orElse(null);
        for (Mention m : mentions) {
            if (m.type() == MentionType.DATE && paragraph != null && paragraph.contains(m.span()) && m.start() > first.start()
                    && m.value().contains("/") && m.value().startsWith(first.value())) {
                return m;
            }
        }
        return first;
    }

    private static boolean inLine(Span line, Mention m) {
        return line != null && line.contains(m.span());
    }

    private static MeetingDate toDate(Mention m) {
        String[] parts = m.value().split("/");
        return new MeetingDate(LocalDate.parse(parts[0]),
                parts.length > 1 ? LocalDate.parse(parts[1]) : null, m.surface(), m.span());
    }
}
