package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.Scripts;
import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;
import dev.huiyi.recognize.TextChars;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisers per the contract: the unit named as convenor (X召开/举行, a 、-list of them; 由X、Y主办/承办),
 * else the unit that owns the meeting's name (县政府常务会议 → 县政府). Self-references (学校召开…) are
 * resolved to the page's full name ({@code models/unit/self_references.tsv}). Never inferred from a chair's title.
 */
final class OrganizerFinder {
    /** The longest clause-opening convenor read without the unit recogniser (市文学艺术界联合会 is 10). */
    private static final int MAX_SUBJECT = 20;
    private final ScanPattern sponsored;
    private final ScanPattern jointBy;
    private final Pattern unitToVerb;
    private final Pattern afterSelf;
    /** What before a self-reference makes it the venue (…常务理事会|在|我校召开): role/organizers.tsv venue_before. */
    private final Pattern venueBefore;
    /** What opens a venue phrase a unit stands in (在, 到, 赴): organizers.tsv venue_markers. */
    private final String venueMarkers;
    private final Pattern listGlue;
    /** A shorter run of Han characters in an owner line is a cue's remnant (版权), not a name. */
    private static final int MIN_OWNER_RUN = 4;
    private final Map<String, List<String>> selfReferences;
    /** The level words that end a division's full name (台儿庄区, 新县, 河北省). */
    private static final String DIVISION_LEVELS = "省市县区州旗盟";
    /** How long a division's name opening a meeting's name may run (河北省邢台市威县 is three, read one at a time). */
    private static final int MAX_DIVISION = 8;
    /** How long a subject must be to hold a name-like word inside it (旅菲|沙美|同乡会). */
    private static final int MIN_SUBJECT_AROUND_NAME = 5;
    /** How many characters the recogniser may have left off a convenor's name that opens its clause (大|龙山镇). */
    private static final int MAX_NAME_OPENING = 2;
    /** What joins the convenors of a joint clause (A与B召开, A、B联合召开). */
    private static final String JOINT_GLUE = "与和及、";
    /** The shortest clause of two joined names (县局与县院: seven characters). */
    private static final int MIN_JOINT_SUBJECTS = 6;
    /** The longest clause read for joint convenors (three names of about twenty characters, a date and a venue). */
    private static final int MAX_JOINT_CLAUSE = 100;
    /** How far a convening verb may stand after its unit (a date and a venue between: unit_to_verb). */
    private static final int MAX_UNIT_TO_VERB = 40;
    /** Province, city and county: how many areas in a row may open a meeting's name as its owner. */
    private static final int MAX_CHAINED_AREAS = 3;
    /** The same head nouns, longest first: read once here, not per self-reference asked about. */
    private final Map<String, List<String>> headsLongestFirst = new LinkedHashMap<>();
    /** What follows a company that owns the meeting: (以下简称“公司”)第五届董事会 (models/role/organizers.tsv). */
    private final Pattern boardOwner;
    /** What a clause-opening convenor the unit recogniser did not read may end with (大川镇, 新市街, 市供销社). */
    private final Pattern subjectHead;
    private final Pattern subjectOpening;
    /** A word that makes a headline's opening no one unit's name (与, 联合, 成功, 牵头, …会议; organizers.tsv). */
    private final Pattern headlineSubjectStop;
    /** A convening verb that says a person chairs (乌云其其格|主持召开; organizers.tsv): its subject is no unit. */
    private final Pattern headlineChairVerb;

    /** An adverb closing a headline's opening subject (市人社系统|深入|开展…): cut off (organizers.tsv). */
    private final Pattern headlineSubjectAdverb;

    /** A party organ a self-reference carries as written when the page gives no full name (公司|党委; organizers.tsv). */
    private final Pattern selfOrgan;
    private final Pattern dateLead;
    /** What may precede the unit that owns a meeting's name inside the name (2019年|中华医学会学术年会). */
    private final Pattern nameBeforeOwner;
    /** The edition that follows an unread owner at the start of a meeting's name (青石岭村|2024年第二次…). */
    private final Pattern ownerEdition;
    /** What makes an area name a set of bodies rather than the owner (桐城市|直第五招商团, 省|属企业): organizers.tsv owner_set. */
    private final Pattern ownerSet;
    /** How a sponsor clause past the opening paragraphs names this meeting (本届年会由|X主办): organizers.tsv. */
    private final Pattern laterSponsorOpener;
    /** A parenthesis after an owner that is the owner's alias, not part of the name (organizers.tsv owner_aside). */
    private final Pattern ownerAside;
    /** The committee a body's name at an area stands for (民盟乐清市|委会): organizers.tsv owner_committee. */
    private final Pattern ownerCommittee;
    private final UnitListReader lists;
    private final UnitKinds kinds;

    private OrganizerFinder(Map<String, List<String>> selfReferences, UnitListReader lists, UnitKinds kinds,
                            KeyedValues rules) {
        this.sponsored = ScanPattern.of(rules.regex("sponsored"));
        this.jointBy = ScanPattern.of(rules.regex("joint_by"));
        this.unitToVerb = rules.regex("unit_to_verb");
        this.afterSelf = rules.regex("after_self");
        this.venueBefore = rules.regex("venue_before");
        this.venueMarkers = rules.text("venue_markers");
        this.listGlue = rules.regex("list_glue");
        this.boardOwner = rules.regex("board_owner");
        this.subjectHead = rules.regex("subject_head");
        this.subjectOpening = rules.regex("subject_opening");
        this.headlineSubjectStop = rules.regex("headline_subject_stop");
        this.headlineChairVerb = rules.regex("headline_chair_verb");
        this.headlineSubjectAdverb = rules.regex("headline_subject_adverb");
        this.selfOrgan = rules.regex("self_organ");
        this.dateLead = rules.regex("date_lead");
        this.nameBeforeOwner = rules.regex("name_before_owner");
        this.ownerEdition = rules.regex("owner_edition");
        this.ownerSet = rules.regex("owner_set");
        this.laterSponsorOpener = rules.regex("later_sponsor_opener");
        this.ownerAside = rules.regex("owner_aside");
        this.ownerCommittee = rules.regex("owner_committee");
        this.selfReferences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selfReferences));
        selfReferences.forEach((word, heads) -> {
            List<String> longestFirst = new ArrayList<>(heads);
            longestFirst.sort((a, b) -> b.length() - a.length());
            headsLongestFirst.put(word, List.copyOf(longestFirst));
        });
        this.lists = lists;
        this.kinds = kinds;
    }

    /** Whether {@code between} joins two convening units (、, 和, 及, 与: role/organizers.tsv list_glue). */
    boolean joinsUnits(String between) {
        return listGlue.matcher(Deadline.guard(between)).matches();
    }

    /** The self-reference words (学校, 我院, 公司…), longest first. */
    List<String> selfReferenceWords() {
        return selfReferences.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    static OrganizerFinder load(ModelSource models, UnitListReader lists, UnitKinds kinds) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("unit/self_references.tsv"), 2)) {
            refs.put(row.get(0).strip(), List.of(row.get(1).strip().split("\\|")));
        }
        return new OrganizerFinder(refs, lists, kinds,
                KeyedValues.read(models.read("role/organizers.tsv"), "models/role/organizers.tsv"));
    }

    /**
     * @param sentences the headline first, then the opening sentences of the body
     * @param names     the meeting-name spans found in those sentences (their owner is the fallback)
     */
    List<OrganizerRef> find(Document doc, List<Span> sentences, ScanPattern verb, List<Mention> units, List<Span> names,
                            List<Mention> people) {
        String text = doc.text();
        List<OrganizerRef> found = new ArrayList<>();
        for (Span s : sentences) {
            List<OrganizerRef> here = convenors(text, s, verb, units, people, doc.ownerLines());
            if (found.isEmpty()) {
                found.addAll(here);
            } else if (!here.isEmpty() && (here.get(0).name().startsWith(found.get(0).name())
                    || here.get(0).name().endsWith(found.get(0).name()) && opensClause(text, here.get(0).span().start()))
                    && here.get(0).name().length() > found.get(0).name().length()) {
                // The headline's 成都高新区 召开 … is said in full in the body: 成都高新区党工委、管委会召开 …; the
                // headline's 江西省分行 is the body's 中国工商银行江西省分行.
                return here;
            } else if (here.size() >= 2 && found.size() == 1
                    && here.stream().anyMatch(h -> sameUnitAcrossLevels(h.name(), found.get(0).name()))) {
                // The headline's 沂水法院组织召开 is one of the body's joint convenors: 县法院、县检察院、县公安局…联合召开.
                return here;
            }
        }
        if (found.isEmpty() && doc.titleLine() != null) {
            // no sentence names a convenor the recogniser reads: the headline's opening subject may (山西焦煤|召开…)
            headlineSubject(text, doc.titleLine(), verb, units, people).ifPresent(found::add);
        }
        List<Span> paragraphs = doc.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            // The opening paragraphs say who sponsors the meeting; a later one only in a clause that names it (本届年会由
            // X主办,Y承办 closing the report), not the sponsors of an event it mentions.
            boolean opening = i < 2;
            for (OrganizerRef sponsor : sponsors(text, paragraphs.get(i), opening)) {
                if (found.stream().noneMatch(f -> f.name().equals(sponsor.name()))) {
                    found.add(sponsor);
                }
            }
        }
        for (Span name : names) {
            if (found.size() == 1) {
                // The headline's 江西省分行 owns the body's held name in full: 中国工商银行江西省分行|第四届职工代表大会….
                String said = found.get(0).name();
                // Only a name that opens its clause: 余下|街道热电厂社区 is a reading cut short, not a fuller name.
                Optional<Mention> full = units.stream().filter(u -> ownsFrom(text, u, name)
                        && u.surface().length() > said.length() && u.surface().endsWith(said)
                        && opensClause(text, u.start())).findFirst();
                // The headline's owner 区域气象中心 opens the name the body gives, after the body's own owner:
                // 中国气象局|区域气象中心业务…工作会议.
                boolean saidInside = text.startsWith(said, name.start());
                Optional<Mention> before = saidInside ? units.stream().filter(u -> ownsFrom(text, u, name)
                        && opensClause(text, u.start())).findFirst() : Optional.empty();
                if (full.isPresent()) {
                    found.set(0, ref(full.get()));
                } else if (before.isPresent()) {
                    found.set(0, ref(before.get()));
                }
            }
            if (!found.isEmpty()) {
                break;
            }
            // The owners of a held name: 县总工会、县科协|二届四次联席会议召开; 我院|六届四次教代会隆重召开.
            // 2019年|中华医学会|学术年会: a year or an edition before the owner is part of the name, not of the unit.
            // …边区县(市区)|政协|工作联系会: a bare head noun read inside a name (not opening it) is a word of the name.
            units.stream().filter(u -> ownsFrom(text, u, name) || u.start() >= name.start() && u.end() < name.end()
                            && nameBeforeOwner.matcher(Deadline.guard(text.substring(name.start(), u.start()))).matches()
                            && !(u.start() > name.start() && kinds.isBareHead(u.surface())))
                    .findFirst().ifPresent(u -> found.addAll(withListBefore(text, u, units)));
            if (found.isEmpty()) {
                selfReferenceBefore(text, Math.max(0, name.start() - 4), name.start(), units, doc.ownerLines())
                        .ifPresent(found::add);
            }
            if (found.isEmpty()) {
                selfReferenceOpening(text, name, units, doc.ownerLines()).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                unreadOwner(text, name).ifPresent(found::add);
            }
        }
        found.replaceAll(f -> committeeOf(text, f));
        if (found.isEmpty()) {
            // A board's or supervisory board's meeting is convened by its company: 江南瑞康血液制品股份有限公司
            // (以下简称“公司”)第五届监事会第十九次会议于…召开.
            for (Mention u : units) {
                if (u.surface().endsWith("公司") && boardOwner.matcher(Deadline.guard(text)).region(u.end(), text.length()).lookingAt()) {
                    found.add(ref(u));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * 民盟乐清市|七届三次盟员大会, 台盟厦门市|第七次盟员大会: a body of the gazetteer named with an area but no organ is
     * the committee the report names in full elsewhere (民盟乐清市委会, 台盟厦门市委); as read when it names none. An
     * area alone (柳江县) is no body's short name: its 柳江县委 is another organ.
     */
    private OrganizerRef committeeOf(String text, OrganizerRef ref) {
        String name = ref.name();
        int body = kinds.gazetteerUnitAt(name);
        String area = name.substring(body);
        if (body < 2 || area.length() < 2 || DIVISION_LEVELS.indexOf(area.charAt(area.length() - 1)) < 0) {
            return ref;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            Matcher m = ownerCommittee.matcher(Deadline.guard(text)).region(at + name.length(), text.length());
            if (m.lookingAt()) {
                String full = text.substring(at, m.end());
                return new OrganizerRef(full, kinds.kindOf(full), new Span(at, m.end()));
            }
        }
        return ref;
    }

    /**
     * Whether the unit {@code u} convenes something where it stands: a convening verb follows it in its clause, with
     * no more between than a venue or a date (中国医药工程设计协会|在上海|召开会长会议).
     */
    boolean convenesAt(String text, Mention u, ScanPattern verb) {
        int clauseEnd = Sentences.clauseEnd(text, u.end(), MAX_UNIT_TO_VERB);
        Matcher v = verb.matcher(Deadline.guard(text));
        return verb.find(v, text, u.end(), clauseEnd)
                && unitToVerb.matcher(Deadline.guard(text.substring(u.end(), v.start()))).matches();
    }

    /**
     * Whether two names say the same unit with different place prefixes: 沂水法院 and 县法院 (the division's short
     * name and its level), 县检察院 and 县检察院; the head noun left after the place must be two characters or more.
     */
    private boolean sameUnitAcrossLevels(String a, String b) {
        String coreA = afterPlace(a);
        return coreA.length() >= 2 && coreA.equals(afterPlace(b));
    }

    /** {@code name} without the division or level that opens it (沂水|法院, 县|法院), or itself when none does. */
    private String afterPlace(String name) {
        for (int end = Math.min(MAX_DIVISION, name.length() - 1); end >= 2; end--) {
            if (kinds.isDivision(name.substring(0, end))) {
                return name.substring(end);
            }
        }
        return DIVISION_LEVELS.indexOf(name.charAt(0)) >= 0 ? name.substring(1) : name;
    }

    /** The unit (or list of units, or self-reference) right before a convening verb. */
    private List<OrganizerRef> convenors(String text, Span s, ScanPattern verb, List<Mention> units, List<Mention> people,
                                         List<String> owners) {
        Matcher v = verb.matcher(Deadline.guard(text));
        for (int at = s.start(); verb.find(v, text, at, s.end()); at = ScanPattern.resumeAfter(v)) {
            // 学校召开, 集团党委召开: a self-reference before the verb is resolved even when it reads as a unit.
            Optional<OrganizerRef> self = selfReferenceBefore(text, s.start(), v.start(), units, owners);
            if (self.isPresent() && !self.get().name().equals(text.substring(self.get().span().start(),
                    self.get().span().end()))) {
                return List.of(self.get());
            }
            for (Mention u : units) {
                // 在乐清市行政管理中心|召开, 在振华重工(集团)|股份有限公司召开: a unit inside a 在-phrase is the venue,
                // not the convenor.
                if (insideVenue(text, s.start(), u.start())) {
                    continue;
                }
                if (u.start() >= s.start() && u.end() <= v.start()
                        && unitToVerb.matcher(Deadline.guard(text.substring(u.end(), v.start()))).matches()) {
                    // 麦积区与国网|天水供电公司召开: joint convenors, the last read short of its name
                    List<OrganizerRef> joint = jointSubjects(text, s, v.start(), units, people);
                    if (joint.size() >= 2 && joint.get(joint.size() - 1).span().end() == u.end()) {
                        return joint;
                    }
                    Optional<OrganizerRef> whole = openedBefore(text, s.start(), u, units, people);
                    return whole.isPresent() ? List.of(whole.get()) : withListBefore(text, u, units);
                }
            }
            if (self.isPresent()) {
                return List.of(self.get());
            }
            Optional<OrganizerRef> subject = clauseSubject(text, s, v.start(), units, people);
            if (subject.isPresent()) {
                return List.of(subject.get());
            }
            List<OrganizerRef> joint = jointSubjects(text, s, v.start(), units, people);
            if (!joint.isEmpty()) {
                return joint;
            }
        }
        return List.of();
    }

    /** How short a headline's opening subject may be: two characters are an area alone (泸县), read by clauseSubject. */
    private static final int MIN_HEADLINE_SUBJECT = 3;
    /** How long a headline's opening subject may be (州十二届人大一次会议主席团). */
    private static final int MAX_HEADLINE_SUBJECT = 14;
    /** How long the organ after a unit read at a headline's opening may be (卫华集团|党委). */
    private static final int MAX_ORGAN_AFTER_UNIT = 2;
    /** How much of a name must follow a headline's verb: a headline that ends in its verb (…会议召开) names no subject. */
    private static final int MIN_NAME_AFTER_HEADLINE_VERB = 3;

    /**
     * 山西焦煤召开…, 台盟中央召开…, 一〇四团召开…, 王村|镇召开…: the words that open a headline right up to its convening
     * verb are its convenor, whatever their shape, when they hold no person and open no clause otherwise (全市, 关于,
     * organizers.tsv subject_opening). A unit read inside them must open them (王村 of 王村镇, 卫华集团 of 卫华集团党委).
     * Only the headline's own opening, and only when no sentence names a convenor the recogniser reads (高一年级召开…
     * over the body's 安庆外国语学校召开…): in running text an unread subject is too often no unit.
     */
    private Optional<OrganizerRef> headlineSubject(String text, Span s, ScanPattern verb, List<Mention> units,
                                                   List<Mention> people) {
        Matcher v = verb.matcher(Deadline.guard(text));
        // 乌云其其格|主持召开…: who chairs is a person, whether or not the recogniser read the name
        if (!verb.find(v, text, s.start(), s.end())
                || headlineChairVerb.matcher(Deadline.guard(text)).region(v.start(), v.end()).lookingAt()) {
            return Optional.empty();
        }
        int clause = afterDateLead(text, s.start(), v.start());
        Matcher adverb = headlineSubjectAdverb.matcher(Deadline.guard(text)).region(clause, v.start());
        int end = adverb.find() ? adverb.start() : v.start();
        if (end - clause < MIN_HEADLINE_SUBJECT || end - clause > MAX_HEADLINE_SUBJECT
                || Sentences.clauseEnd(text, v.end(), s.end() - v.end()) - v.end() < MIN_NAME_AFTER_HEADLINE_VERB
                || subjectOpening.matcher(Deadline.guard(text)).region(clause, end).lookingAt()) {
            return Optional.empty();
        }
        for (int i = clause; i < end; i++) {
            if (!TextChars.isHan(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
                return Optional.empty();
            }
        }
        // 王村|镇, 卫华集团|党委, 台盟|中央: a unit read inside must open the name and leave a short organ to it; 市委|市政府
        // are two units, each read.
        if (people.stream().anyMatch(p -> p.start() < end && p.end() > clause)
                || units.stream().anyMatch(u -> u.start() < end && u.end() > clause
                && !(u.start() == clause && u.end() < end && end - u.end() <= MAX_ORGAN_AFTER_UNIT))) {
            return Optional.empty();
        }
        String name = text.substring(clause, end);
        // an area alone (云南省召开…) convenes through an organ the headline does not name: clauseSubject reads the few
        // that do; a self-reference is resolved elsewhere (我校|与…, 我县|成功举办)
        if (kinds.isDivision(name) || name.charAt(0) == '我' || selfReferences.containsKey(name)
                || headlineSubjectStop.matcher(Deadline.guard(name)).find()) {
            return Optional.empty();
        }
        return Optional.of(new OrganizerRef(name, kinds.kindOf(name), new Span(clause, end)));
    }

    /**
     * 五岔沟国有林管理局与白狼国有林管理局召开…: two or more names joined by 与/和/及/、 that open the clause of a
     * convening verb, each ending in a head noun (or read whole as a unit), convene it together.
     */
    private List<OrganizerRef> jointSubjects(String text, Span s, int verbAt, List<Mention> units, List<Mention> people) {
        int clause = afterDateLead(text, clauseStart(text, s.start(), verbAt), verbAt);
        // bounded: a clause of joint convenors is short, and each end tried reads the clause again
        if (verbAt - clause > MAX_JOINT_CLAUSE
                || subjectOpening.matcher(Deadline.guard(text)).region(clause, verbAt).lookingAt()
                || people.stream().anyMatch(p -> p.start() < verbAt && p.end() > clause)) {
            return List.of();
        }
        for (int end = verbAt; end > clause + MIN_JOINT_SUBJECTS; end--) {
            if (!unitToVerb.matcher(Deadline.guard(text.substring(end, verbAt))).matches()) {
                continue;
            }
            List<OrganizerRef> found = new ArrayList<>();
            int from = clause;
            for (int i = clause; i <= end; i++) {
                if (i < end && JOINT_GLUE.indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                Optional<OrganizerRef> item = jointItem(text, from, i, units);
                if (item.isEmpty()) {
                    found.clear();
                    break;
                }
                found.add(item.get());
                from = i + 1;
            }
            if (found.size() >= 2) {
                return found;
            }
        }
        return List.of();
    }

    /** One convenor of a joint clause: a recognised unit as read, or a name of three characters or more ending like one. */
    private Optional<OrganizerRef> jointItem(String text, int from, int to, List<Mention> units) {
        for (Mention u : units) {
            if (u.start() == from && u.end() == to) {
                return Optional.of(ref(u));
            }
            // 与国网|天水供电公司: one or two characters the recogniser left off open the item's name
            if (u.end() == to && u.start() > from) {
                Optional<OrganizerRef> whole = readShortOf(text, from, u);
                if (whole.isPresent()) {
                    return whole;
                }
            }
            if (u.start() < to && u.end() > from) {
                return Optional.empty(); // a unit read across the item's edge: not the item's name
            }
        }
        String name = text.substring(from, to);
        // 麦积区|与国网天水供电公司: an area convenes with a unit (its government is meant)
        return name.length() >= 3 && !kinds.isBareHead(name) && !kinds.hasStopWord(name)
                && (endsLikeSubject(name) || kinds.endsWithHeadNoun(name) || kinds.isDivision(name))
                ? Optional.of(new OrganizerRef(name, kinds.kindOf(name), new Span(from, to))) : Optional.empty();
    }

    /**
     * 大川镇在镇政府三楼会议室召开…, 新市街召开…: the name that opens the clause of a convening verb is its
     * convenor when it ends in a head noun (a unit's, or a subject head: 镇, 街, 村, …社), though the unit
     * recogniser, which needs an anchor, did not read it. The shortest such name before a permitted gap wins;
     * a person or title there (副县长李镇召开) is no unit.
     */
    private Optional<OrganizerRef> clauseSubject(String text, Span s, int verbAt, List<Mention> units,
                                                 List<Mention> people) {
        int clause = afterDateLead(text, clauseStart(text, s.start(), verbAt), verbAt);
        if (subjectOpening.matcher(Deadline.guard(text)).region(clause, verbAt).lookingAt()) {
            return Optional.empty();
        }
        for (int end = clause + 2; end <= verbAt && end - clause <= MAX_SUBJECT; end++) {
            String name = text.substring(clause, end);
            // 泸县召开…: a two-character name convenes only when it is a known division (泸县, 沛县, 歙县).
            boolean shortDivision = name.length() == 2 && kinds.isDivision(name);
            // 托里县召开…: an area alone convenes here (its government is meant), though it owns no name.
            if (name.length() == 2 && !shortDivision
                    || !unitToVerb.matcher(Deadline.guard(text.substring(end, verbAt))).matches()
                    || !(shortDivision || endsLikeSubject(name) || kinds.endsLikeUnit(name) && !kinds.hasStopWord(name))) {
                continue;
            }
            // A unit read there (市委|市政府, 市政协|十四届…会议) or a person or title (副县长李镇) means the clause
            // opens with something else than one unread name.
            int from = clause;
            int to = end;
            // 旅菲|沙美|同乡会: a name read inside a longer subject, clear of its head noun, is part of it
            if (people.stream().anyMatch(p -> p.start() < to && p.end() > from
                    && !(to - from >= MIN_SUBJECT_AROUND_NAME && p.start() > from && p.end() < to - 1))
                    || units.stream().anyMatch(u -> u.start() < to && u.end() > from)) {
                return Optional.empty();
            }
            if (kinds.isBareHead(name)) {
                // 青岛市突发事件应急管理委员会(以下简称市应急委)|办公室召开: a bare head after an alias in parentheses is
                // the office of the unit before them, which convenes.
                int open = clause > 0 && text.charAt(clause - 1) == ')' ? text.lastIndexOf('(', clause - 1) : -1;
                return units.stream().filter(u -> open > 0 && u.end() == open).findFirst().map(OrganizerFinder::ref);
            }
            return Optional.of(new OrganizerRef(name, kinds.kindOf(name), new Span(clause, end)));
        }
        return Optional.empty();
    }

    /**
     * 大|龙山镇召开, 国网|南乐县供电公司召开: the unit read right before the verb, where one or two characters stand
     * between the clause's opening and it, is the tail of the convenor's name: the recogniser's left edge stopped at
     * a place or word inside it. Not when the characters open the clause otherwise (近日, 全市, 我县), hold a name, or
     * a unit of their own.
     */
    private Optional<OrganizerRef> openedBefore(String text, int floor, Mention u, List<Mention> units, List<Mention> people) {
        int clause = afterDateLead(text, hanRunStart(text, floor, u.start()), u.start());
        if (clause >= u.start() || text.charAt(clause) == '我'
                || subjectOpening.matcher(Deadline.guard(text)).region(clause, u.start()).lookingAt()
                || people.stream().anyMatch(p -> p.start() < u.start() && p.end() > clause)
                || units.stream().anyMatch(o -> o != u && o.start() < u.start() && o.end() > clause)) {
            return Optional.empty();
        }
        return readShortOf(text, clause, u);
    }

    /**
     * The name from {@code from} to the end of the unit {@code u}, when the recogniser read {@code u} one or two
     * characters short of it (大|龙山镇, 国网|天水供电公司) and no stop word stands in it (深入|肇东市地税局).
     */
    private Optional<OrganizerRef> readShortOf(String text, int from, Mention u) {
        int gap = u.start() - from;
        String name = text.substring(from, u.end());
        return gap >= 1 && gap <= MAX_NAME_OPENING && !kinds.hasStopWord(name)
                ? Optional.of(new OrganizerRef(name, UnitKind.valueOf(u.value()), new Span(from, u.end())))
                : Optional.empty();
    }

    /** Whether {@code at} lies in a venue phrase: 在 before it in its clause with nothing but a name between. */
    private boolean insideVenue(String text, int floor, int at) {
        for (int k = at - 1; k >= Math.max(floor, at - MAX_SUBJECT); k--) {
            char c = text.charAt(k);
            if (venueMarkers.indexOf(c) >= 0) { // 区政协农业农村委到|大路街道开展…: where it went, not who convened
                return true;
            }
            if (!TextChars.isHan(c) && c != '(' && c != ')' && !Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the clause that ends at {@code at} opens, not before {@code floor}: a run of Han characters and digits
     * (大夹社区于2021年4月8日|召开: a date between the convenor and its verb is inside the clause).
     */
    private static int clauseStart(String text, int floor, int at) {
        int start = at;
        while (start > floor && (TextChars.isHan(text.charAt(start - 1)) || Character.isDigit(text.charAt(start - 1)))) {
            start--;
        }
        return start;
    }

    /** 4月8日下午|大夹社区召开: a date opening the clause is no part of the convenor's name (organizers.tsv date_lead). */
    private int afterDateLead(String text, int clause, int at) {
        Matcher lead = dateLead.matcher(Deadline.guard(text)).region(clause, at);
        return lead.lookingAt() ? lead.end() : clause;
    }

    /** Where the run of Han characters that ends at {@code at} starts, not before {@code floor}: a clause's opening. */
    private static int hanRunStart(String text, int floor, int at) {
        int start = at;
        while (start > floor && TextChars.isHan(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether the word at [at, end) closes a longer unit-shaped name that opens its clause (国际徽商交流|协会). */
    private boolean tailOfAName(String text, int sentenceStart, int at, int end) {
        int clause = hanRunStart(text, sentenceStart, at);
        Matcher opening = subjectOpening.matcher(Deadline.guard(text)).region(clause, at);
        if (opening.lookingAt()) {
            clause = opening.end(); // 近日|学校召开: a time word before the self-reference
        }
        return clause < at && endsLikeSubject(text.substring(clause, end));
    }

    /**
     * Where a bare division opening a meeting's name ends (台儿庄区|金融支持…对接大会, 赵县|“迎新春…”座谈会), or -1: the
     * county or city that holds the meeting, an owner the contract leaves out of the name. Not before an edition: a
     * congress or a committee is named with its area (北京市|第十五届人民代表大会).
     */
    int divisionOwnerEnd(String text, int at, int end) {
        if (at > 0 && text.charAt(at - 1) == '、') {
            return -1; // 舟山市、达州市|东西部…联席会议: areas listed together name the meeting they share
        }
        // 甘肃省|庆阳市|庆城县|交通运输…会议: a county after its city (and province) is one owner.
        int chain = at;
        int areas = 0;
        for (int next = leveledDivisionEnd(text, at, end); next > 0 && areas < MAX_CHAINED_AREAS;
             next = leveledDivisionEnd(text, chain, end)) {
            chain = next;
            areas++;
        }
        if (areas >= 2 && ownsNameFrom(text, at, chain, end)) {
            return chain;
        }
        int area = leveledDivisionEnd(text, at, end);
        return area > 0 && ownsNameFrom(text, at, area, end) ? area : -1;
    }

    /** Whether the area {@code [at, k)} owns the name that follows it: no list, no edition, no unit it opens. */
    private boolean ownsNameFrom(String text, int at, int k, int end) {
        return text.charAt(k) != '、' && !ownerEdition.matcher(Deadline.guard(text)).region(k, end).lookingAt()
                && !ownerSet.matcher(Deadline.guard(text)).region(k, end).lookingAt() && !opensAUnit(text, at, k, end);
    }

    /** Where the longest division that ends in its level (庆阳市, 庆城县) starting at {@code at} ends, or -1. */
    private int leveledDivisionEnd(String text, int at, int end) {
        for (int k = Math.min(end - 3, at + MAX_DIVISION); k >= at + 2; k--) {
            String area = text.substring(at, k);
            if (kinds.isDivision(area) && DIVISION_LEVELS.indexOf(area.charAt(area.length() - 1)) >= 0
                    && DIVISION_LEVELS.indexOf(text.charAt(k)) < 0) { // 梅州|市: 州 is part of the name there
                return k;
            }
        }
        return -1;
    }

    /** 遂宁市|汽车产业联盟成立大会, 源汇区|工商业联合会(总商会)第六次…: the area opens a unit's name, which owns the meeting. */
    private boolean opensAUnit(String text, int at, int areaEnd, int end) {
        for (int j = areaEnd + 2; j <= Math.min(end, areaEnd + MAX_DIVISION + 2); j++) {
            if (!Scripts.isHan(text.charAt(j - 1))) {
                return false;
            }
            // a head noun, not an area's level: 庆城县|交通运输市|场 opens no unit
            if (kinds.endsWithHeadNoun(text.substring(at, j)) && !kinds.isGeneric(text.substring(areaEnd, j))) {
                return true;
            }
        }
        return false;
    }

    /** Where an edition (第九届…) starts inside a unit's name, or -1: 九三学社温州市|第九届委员会 owns 第八次全体会议. */
    int editionIn(String unitName) {
        Matcher m = ownerEdition.matcher(Deadline.guard(unitName));
        return m.find() && m.start() > 0 ? m.start() : -1;
    }

    /** Whether the unit ends where the name starts, or before an alias of its own that does (…工商联|(总商会)|七届…). */
    private boolean ownsFrom(String text, Mention u, Span name) {
        return u.end() == name.start() || u.end() < name.start() && ownerAsideEnd(text, u.end(), name.start()) == name.start();
    }

    /** Where an alias in parentheses right at {@code at} ends ((以下简称“青专委”), (总商会)), or -1. */
    int ownerAsideEnd(String text, int at, int end) {
        Matcher aside = ownerAside.matcher(Deadline.guard(text)).region(at, end);
        return aside.lookingAt() ? aside.end() : -1;
    }

    /** Whether {@code name} reads as one unit's name though no unit was recognised there (大川镇, 新市街). */
    private boolean endsLikeSubject(String name) {
        // Not an area alone (中国共产党华容县|第十二次代表大会 is the congress's own name).
        return (subjectHead.matcher(name).find() || kinds.endsWithHeadNoun(name)) && !kinds.isBareHead(name)
                && !kinds.isGeneric(name) && !kinds.hasStopWord(name)
                && name.chars().allMatch(c -> TextChars.isHan((char) c));
    }

    /**
     * Where an owner the unit recogniser did not read ends at the start of a meeting's name, or -1: the name opens
     * with a unit-shaped word right before its edition (青石岭村|2024年第二次村民代表会议).
     */
    int unreadOwnerEnd(String text, int at, int end) {
        for (int k = at + 3; k < end - 2 && k - at <= MAX_SUBJECT; k++) {
            if (ownerEdition.matcher(Deadline.guard(text)).region(k, end).lookingAt()
                    && (endsLikeSubject(text.substring(at, k)) || isBodyOfArea(text.substring(at, k)))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A body and the area whose branch it names (共青团|白河县, 民盟|德州市): the league's, the party's organisation of
     * that area, which owns a congress named after both (共青团白河县第二十次代表大会).
     */
    private boolean isBodyOfArea(String name) {
        for (int j = 2; j <= name.length() - 2; j++) {
            if (kinds.isDivision(name.substring(j)) && kinds.endsWithHeadNoun(name.substring(0, j))
                    && !kinds.isBareHead(name.substring(0, j))) {
                return true;
            }
        }
        return false;
    }

    /** An owner the unit recogniser did not read, opening the name or its clause: 青石岭村|2024年第二次村民代表会议. */
    private Optional<OrganizerRef> unreadOwner(String text, Span name) {
        // 3月28日|宣郎广茶业总公司二届四次职工代表大会在…召开: the date opening the clause is no part of the owner
        int clause = afterDateLead(text, clauseStart(text, 0, name.start()), name.start());
        for (int at : new int[] {name.start(), clause}) {
            int owner = unreadOwnerEnd(text, at, name.end());
            if (owner > 0 && (at == name.start() || owner == name.start())) {
                String ownerName = text.substring(at, owner);
                return Optional.of(new OrganizerRef(ownerName, kinds.kindOf(ownerName), new Span(at, owner)));
            }
        }
        return Optional.empty();
    }

    private List<OrganizerRef> withListBefore(String text, Mention last, List<Mention> units) {
        List<OrganizerRef> list = new ArrayList<>();
        list.add(ref(last));
        Mention current = last;
        for (int i = units.indexOf(last) - 1; i >= 0; i--) {
            Mention prev = units.get(i);
            if (prev.end() > current.start() || !listGlue.matcher(Deadline.guard(text.substring(prev.end(), current.start()))).matches()) {
                break;
            }
            list.add(0, ref(prev));
            current = prev;
        }
        return list;
    }

    /** 由X、Y主办, Z承办: every list of units before 主办/承办. */
    private List<OrganizerRef> sponsors(String text, Span paragraph, boolean opening) {
        List<OrganizerRef> found = new ArrayList<>();
        Matcher m = sponsored.matcher(Deadline.guard(text));
        for (int at = paragraph.start(); sponsored.find(m, text, at, paragraph.end()); at = ScanPattern.resumeAfter(m)) {
            if (!opening && !laterSponsorOpener.matcher(Deadline.guard(text))
                    .region(Math.max(paragraph.start(), Sentences.startOf(text, m.start())), m.start()).lookingAt()) {
                continue;
            }
            addItems(text, lists.read(text, m.start()), found);
        }
        // 筹备会由|江苏省台联、重庆市台联|联合召开: a joint convening after 由 names the sponsors too
        Matcher j = jointBy.matcher(Deadline.guard(text));
        for (int at = paragraph.start(); jointBy.find(j, text, at, paragraph.end()); at = ScanPattern.resumeAfter(j)) {
            List<Span> items = lists.read(text, j.start());
            if (!items.isEmpty() && items.get(0).start() > 0 && text.charAt(items.get(0).start() - 1) == '由') {
                addItems(text, items, found);
            }
        }
        return found;
    }

    /** Each item of a list of units as an organiser. */
    private void addItems(String text, List<Span> items, List<OrganizerRef> found) {
        for (Span s : items) {
            String name = text.substring(s.start(), s.end());
            found.add(new OrganizerRef(name, kinds.kindOf(name), s));
        }
    }

    /** 学校召开…, 集团党委召开… → the page's unit whose name ends with a head noun of 学校 (江州大学), in that order. */
    private Optional<OrganizerRef> selfReferenceBefore(String text, int sentenceStart, int verbAt, List<Mention> units,
                                                       List<String> owners) {
        for (Map.Entry<String, List<String>> e : selfReferences.entrySet()) {
            String word = e.getKey();
            int at = text.lastIndexOf(word, verbAt - word.length());
            if (at < sentenceStart || !afterSelf.matcher(Deadline.guard(text.substring(at + word.length(), verbAt))).matches()
                    || units.stream().anyMatch(u -> u.start() < at && u.end() >= at + word.length())
                    || tailOfAName(text, sentenceStart, at, at + word.length())
                    || venueBefore.matcher(Deadline.guard(text)).region(sentenceStart, at).find()) {
                continue; // 国际徽商交流|协会|主办: the tail of a unit's name is no self-reference; 在|我校召开: a venue
            }
            return Optional.of(resolve(text, word, e.getValue(), new Span(at, at + word.length()), units, owners));
        }
        return Optional.empty();
    }

    /** 集团|重点项目推进会, 医院|周会: a self-reference opening a meeting's name owns the meeting. */
    private Optional<OrganizerRef> selfReferenceOpening(String text, Span name, List<Mention> units, List<String> owners) {
        for (Map.Entry<String, List<String>> e : selfReferences.entrySet()) {
            String word = e.getKey();
            if (name.end() - name.start() > word.length() + 1 && text.startsWith(word, name.start())
                    && units.stream().noneMatch(u -> u.start() <= name.start() && u.end() > name.start())) {
                Span span = new Span(name.start(), name.start() + word.length());
                return Optional.of(resolve(text, word, e.getValue(), span, units, owners));
            }
        }
        return Optional.empty();
    }

    /**
     * The full name a self-reference stands for: the name the page's owner line gives (版权所有:|中建蜀川工程有限公司),
     * else the first unit of the text ending with one of its head nouns, else the word as written.
     */
    private OrganizerRef resolve(String text, String word, List<String> heads, Span span, List<Mention> units,
                                 List<String> owners) {
        List<String> longestFirst = headsLongestFirst.get(word);
        for (String head : longestFirst) { // 天津津泰控股集团有限公司, not 天津津泰控股集团 cut at 集团
            for (String owner : owners) {
                Optional<String> name = ownerName(owner, head, longestFirst).map(kinds::withoutPartyPrefix);
                if (name.isPresent()) {
                    return new OrganizerRef(name.get(), kinds.kindOf(name.get()), span);
                }
            }
        }
        for (String head : heads) {
            for (Mention u : units) {
                // The full name says more than the head noun (桃园路街道, not 街道办事处 alone); 具有…能力的|现代工程公司
                // describes, it does not name.
                if (u.surface().endsWith(head) && !u.surface().equals(word)
                        && u.surface().length() > head.length() && !describedAt(text, u.start())
                        && namesOneBody(u.surface())
                        && !otherThanThePage(text, u, u.surface(), head)) {
                    return new OrganizerRef(u.surface(), UnitKind.valueOf(u.value()), span);
                }
            }
        }
        // The page may name itself only inside a longer unit: 江州大学党委 → 江州大学 (the longest head wins:
        // 西岭能源集团有限公司党委 → 西岭能源集团有限公司).
        for (String head : longestFirst) {
            for (Mention u : units) {
                int headAt = u.surface().indexOf(head);
                if (headAt > 0 && namesOneBody(u.surface())
                        && !otherThanThePage(text, u, u.surface().substring(0, headAt + head.length()), head)) {
                    String name = notInsideAside(u.surface().substring(0, headAt + head.length()), u.surface(),
                            longestFirst);
                    return new OrganizerRef(name, kinds.kindOf(name), span);
                }
            }
        }
        // 学院|党委召开… on a page that never names the school: the party organ the text names is the convenor as
        // written (学院党委), not the bare self-reference
        Matcher organ = selfOrgan.matcher(Deadline.guard(text)).region(span.end(), text.length());
        if (organ.lookingAt()) {
            return new OrganizerRef(word + organ.group(), UnitKind.PARTY, new Span(span.start(), organ.end()));
        }
        return new OrganizerRef(word, UnitKind.OTHER, span);
    }

    /**
     * Whether a unit read in the body may be the page's own name: a firm's name may be any brand (西岭能源集团有限公司),
     * but a school, hospital or division opens with a proper name (青川县|职业中学), not a common word that merely
     * ends in the head noun (年度|学院, 高水平|中学, 兄弟|市).
     */
    private boolean namesOneBody(String name) {
        return kinds.kindOf(name) == UnitKind.ENTERPRISE || kinds.opensWithProperName(name);
    }

    /** Whether a reading starting at {@code start} opens its clause (not 余下|街道热电厂社区, a reading cut short). */
    private static boolean opensClause(String text, int start) {
        return start == 0 || !Scripts.isHan(text.charAt(start - 1));
    }

    /** A unit right after 的 is a description in running text (…服务能力的现代工程公司), not the page naming itself. */
    private static boolean describedAt(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '的';
    }

    /**
     * A unit in the body that cannot be the page's own body a self-reference stands for: a branch (湖州|分公司 for
     * 公司), one named by the self-reference itself (我校管理学院 for 我校), one in parentheses (中央党校(国家行政学院)).
     */
    private boolean otherThanThePage(String text, Mention u, String name, String head) {
        boolean branch = name.length() > head.length() && name.charAt(name.length() - head.length() - 1) == '分';
        boolean selfNamed = selfReferences.keySet().stream().anyMatch(name::startsWith);
        boolean aside = u.start() > 0 && text.charAt(u.start() - 1) == '(';
        return branch || selfNamed || aside;
    }

    /**
     * A name cut after a head noun, unless the head stood inside an aside: then the name before the aside when it ends
     * with a head too (武汉软件工程职业学院|(武汉开放大学), the aside another name for it), else the whole name the cut
     * was made in (上海大众公用事业(集团|)股份有限公司, the aside part of the name).
     */
    private static String notInsideAside(String cut, String whole, List<String> heads) {
        int open = cut.lastIndexOf('(');
        if (open <= cut.lastIndexOf(')')) {
            return cut;
        }
        String before = cut.substring(0, open);
        return heads.stream().anyMatch(before::endsWith) ? before : whole;
    }

    /**
     * The owner's name in an owner line when it ends with {@code head}: the first run of Han characters after the
     * cue (Copyright © 2023|中建蜀川工程有限公司| All Rights Reserved), cut after the head's first occurrence (not inside an
     * aside: {@link #notInsideAside}).
     */
    private static Optional<String> ownerName(String owner, String head, List<String> heads) {
        int i = 0;
        while (i < owner.length()) {
            while (i < owner.length() && !Scripts.isHan(owner.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < owner.length() && (Scripts.isHan(owner.charAt(i)) || owner.charAt(i) == '(' || owner.charAt(i) == ')')) {
                i++;
            }
            String run = owner.substring(start, i);
            if (run.length() >= MIN_OWNER_RUN) {
                int at = run.indexOf(head);
                return at > 0 ? Optional.of(notInsideAside(run.substring(0, at + head.length()), run, heads))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static OrganizerRef ref(Mention u) {
        return new OrganizerRef(u.surface(), UnitKind.valueOf(u.value()), u.span());
    }
}
