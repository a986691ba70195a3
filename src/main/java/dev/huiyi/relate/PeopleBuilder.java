package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.person.FormLines;
import dev.huiyi.recognize.person.ListAsides;
import dev.huiyi.recognize.TextChars;
import dev.huiyi.recognize.title.PostNote;
import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.text.SpanList;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person mentions → people: titles attached (the 、-chain right before a name, a post right after it,
 * collective labels shared by a 、-list), variants merged (王志刚 / 王志刚部长 / 王部长), roles assigned
 * by the role rules on the rest of the sentence.
 */
final class PeopleBuilder {
    /** How many names of a 、-list a role is looked for past (bounded: a list of thousands stays linear). */
    private static final int MAX_LIST_NAMES = 40;
    /** Titles one list item may carry before its name (党委书记、院长张三): a bound on the walk. */
    private static final int MAX_TITLE_CHAIN = 4;
    /** How long a name's titles in parentheses may be (熊礼森(大内科主任兼内三科主任)). */
    private static final int MAX_ASIDE_TITLES = 30;
    /** How long the post between 由 and the name it introduces may be (由|党委副书记|岑鎏主持). */
    private static final int MAX_POST_AFTER_BY = 16;
    /** How far before a host verb its 由 may stand: the post, a name of up to six characters and 同志. */
    private static final int BY_REACH = MAX_POST_AFTER_BY + 10;
    private final TitleLexicon titleLexicon;
    /** The unit a person's titles name (组织部部长 → 组织部). */
    private final Affiliations affiliations;
    private final RoleRules roleRules;
    private final FormLines formLines;
    private final List<PeopleOpener> openers;
    /** How a post is shortened after its holder's surname (董事长 → 董): role/post_short_forms.tsv. */
    private final Map<String, String> postShortForms;

    /** Forms of address after the names of a list (冉敬松先生、柏晓建先生): person/honorifics.tsv. */
    private final Set<String> honorifics;

    /** What opens a list of people whose role is said before them ({@code models/role/people_openers.tsv}). */
    /** namesSpeechType: the regex has a {@code type} group naming the act (在|交流发言|环节). */
    record PeopleOpener(String id, List<PersonRole> roles, Pattern pattern, boolean namesSpeechType) {
    }

    PeopleBuilder(TitleLexicon titleLexicon, RoleRules roleRules, FormLines formLines, List<PeopleOpener> openers,
                  Affiliations affiliations, Map<String, String> postShortForms, Set<String> honorifics) {
        this.postShortForms = Map.copyOf(postShortForms);
        this.honorifics = Set.copyOf(honorifics);
        this.titleLexicon = titleLexicon;
        this.affiliations = affiliations;
        this.roleRules = roleRules;
        this.formLines = formLines;
        this.openers = List.copyOf(openers);
    }

    /** How a post is shortened after its holder's surname (董事长 → 宓董): models/role/post_short_forms.tsv. */
    static Map<String, String> loadShortForms(ModelSource models) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("role/post_short_forms.tsv"), 2)) {
            forms.put(row.get(0), row.get(1));
        }
        return forms;
    }

    static List<PeopleOpener> loadOpeners(ModelSource models) {
        List<PeopleOpener> out = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("role/people_openers.tsv"), 3)) {
            // The opener, then at most a title the recognisers did not read, right before the list.
            String regex = row.regex(2).pattern();
            out.add(new PeopleOpener(row.get(0), row.roles(1), Pattern.compile("(?:" + regex + ")[^,。;:、]{0,24}$"),
                    regex.contains("(?<type>")));
        }
        return out;
    }

    private static final class Draft {
        final String name;
        final Set<String> titles = new LinkedHashSet<>();
        final Set<PersonRole> roles = new LinkedHashSet<>();
        /** Every mention, as packed offsets: a person of a hostile list is named a hundred thousand times. */
        final SpanList.Builder mentions = new SpanList.Builder();
        final List<Span> variantMentions = new ArrayList<>();
        /** The type of the first speech read (the record's, but for a host: see {@link #properType}). */
        String speechType;
        /** The type of the first speech that is no chair's procedure: a host's (宣布开幕, then 作报告 → 报告). */
        String properType;
        /** Every speech read so far is a chair's procedure (宣布…开幕): a host who only announces is no speaker. */
        boolean onlyProcedure;
        boolean mentionedOnly;
        /** All read of the person so far is a speech of theirs relayed from elsewhere (会议传达了X…的讲话精神). */
        boolean relayed;

        Draft(String name) {
            this.name = name;
        }

        /**
         * Adds a title read after the name or after its list's 等, unless it ends one the name holds: a short repeat
         * (部长 after 部党组书记、部长) adds nothing new.
         */
        void addUnlessRepeat(String title) {
            if (titles.stream().noneMatch(t -> t.endsWith(title))) {
                titles.add(title);
            }
        }
    }

    /**
     * @param units unit mentions: a list of people walks back over them as over titles (出席大会的有…院士、|海军军医大学
     *              第二附属医院|缪千里教授,…), for the affiliation that stands between an item's title and its name
     */
    List<PersonFacts> build(String text, List<Mention> persons, List<Mention> titles, List<Mention> units) {
        MentionsAt titleEndingAt = MentionsAt.ends(titles);
        MentionsAt titleStartingAt = MentionsAt.starts(titles);
        MentionsAt personStartingAt = MentionsAt.starts(persons);
        MentionsAt personEndingAt = MentionsAt.ends(persons);
        MentionsAt unitStartingAt = MentionsAt.starts(units);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<Mention> listGlue = new ArrayList<>(titles);
        listGlue.addAll(units);
        ListStarts lists = new ListStarts(text, persons, listGlue);
        RoleRules.Scan roleScan = roleRules.scan(text);
        SentenceIndex sentences = new SentenceIndex(text);
        FormLines.Reader formLineReader = formLines.reader(text);
        Map<Integer, Optional<OpenedRoles>> openerAt = new HashMap<>();
        RollSentences rolls = new RollSentences(text, persons, titles);
        List<String> inheritedLabels = List.of();
        int previousEnd = -2;
        for (Mention p : persons) {
            Deadline.check();
            Draft d = drafts.computeIfAbsent(p.surface(), Draft::new);
            d.mentions.add(p.start(), p.end());
            List<String> chain = titleChainBefore(text, p.start(), titleEndingAt);
            int link = titleLexicon.listLinkStartBefore(text, p.start());
            if (chain.isEmpty() && link > 0 && titleEndingAt.last(link) != null) {
                // 在主席台就座的大会主席团常务委员有:A、B、C, 大会执行主席是:A、B — the post before the link is a title
                // of the list after it.
                chain = List.of(titleEndingAt.last(link).surface());
            }
            if (chain.isEmpty()) {
                chain = labelBeforeName(text, p.start(), titleEndingAt, personEndingAt);
            }
            // 张志英、张玉社和张保根, 张玉社、和张保根: the last item of a labelled list may follow 和/及/与.
            // 董事冉敬松先生、柏晓建先生: a form of address after the previous name does not end the list
            // 杨森(人大办)、王金有: nor does a short aside in parentheses
            int afterAside = ListAsides.end(text, previousEnd);
            int glue = previousEnd >= 0 && p.start() > afterAside && (p.start() - 1 == afterAside
                    || honorifics.contains(text.substring(afterAside, p.start() - 1))) ? p.start() - 1 : previousEnd;
            boolean continuesList = p.start() == glue + 1 && "、和及与".indexOf(text.charAt(glue)) >= 0
                    || p.start() == glue + 2 && text.startsWith("、和", glue);
            if (!chain.isEmpty()) {
                // Titles before a 、-list of names belong to each name (副主任贺立勋、欧阳敏华 → both 副主任).
                inheritedLabels = chain;
            } else if (!continuesList) {
                inheritedLabels = List.of();
            }
            d.titles.addAll(chain.isEmpty() && continuesList ? inheritedLabels : chain);
            Mention after = titleStartingAt.last(p.end());
            if (after != null) {
                d.addUnlessRepeat(after.surface());
            }
            d.titles.addAll(parenthesisedTitles(text, p.end()));
            Optional<FormLines.Line> line = formLineReader.lineAt(p.start());
            if (line.isPresent()) {
                // 主持人:X / 出席人员:A、B / 缺席人员:C — the line's label, not a verb, says what they did.
                d.roles.addAll(line.get().label().roles());
                d.mentionedOnly = d.roles.isEmpty();
            } else {
                Optional<RoleMatch> near = roleScan.firstMatchOverGroups(after != null ? after.end() : p.end(),
                        sentences::endOf).filter(m -> !hostedByAnother(text, p.end(), m, personStartingAt));
                int listEnd = endOfNameList(text, p, personStartingAt, titleStartingAt, unitStartingAt);
                // 周平、吴敏、郑华分别代表…发言: a rule that must start near its name starts after the list's last; it is
                // the list's verb when it comes before what the first name alone reaches (…,大家提出了意见).
                Optional<RoleMatch> shared = listEnd > p.end()
                        ? roleScan.firstMatchOverGroups(listEnd, sentences::endOf)
                                .filter(m -> !hostedByAnother(text, listEnd, m, personStartingAt)) : Optional.empty();
                if (shared.isPresent() && (near.isEmpty() || shared.get().span().start() < near.get().span().start())) {
                    applyPastProcedure(roleScan, sentences, shared.get(), d);
                } else {
                    near.ifPresent(m -> applyPastProcedure(roleScan, sentences, m, d));
                    if (d.roles.isEmpty() && !d.mentionedOnly) {
                        shared.ifPresent(m -> applyPastProcedure(roleScan, sentences, m, d));
                    }
                }
                if (d.roles.isEmpty() && !d.mentionedOnly) {
                    roleFromOpener(text, p, lists, openerAt).ifPresent(o -> {
                        d.roles.addAll(o.roles());
                        if (o.roles().contains(PersonRole.SPEAKER)) {
                            d.onlyProcedure = false;
                            if (o.speechType() != null && d.speechType == null) {
                                d.speechType = o.speechType();
                            }
                            if (o.speechType() != null && d.properType == null) {
                                d.properType = o.speechType();
                            }
                        }
                    });
                }
                if (d.roles.isEmpty() && !d.mentionedOnly
                        && rolls.isRoll(sentences.startOf(p.start()), sentences.endOf(p.start()))) {
                    d.roles.add(PersonRole.ATTENDEE); // a roll of titled names with no verb lists those present
                }
            }
            // 副理事长游政院士|、符小唐: a post right after a name is part of its list item.
            previousEnd = afterTitle(p.end(), titleStartingAt);
        }
        addLabelsAfterLists(text, persons, titles, titleEndingAt, drafts);
        addSurnamePostMentions(text, drafts).forEach((variant, owner) -> {
            // 宓董, read as a name of its own, is a later mention of 宓德川董事长
            if (!variant.equals(owner) && drafts.containsKey(owner)) {
                drafts.remove(variant);
            }
        });
        rolesAfterPronouns(text, persons, sentences, roleScan, drafts);
        for (Draft d : drafts.values()) {
            // 王部长强调, 林校长要求: roles read after the variant mentions too.
            for (Span variant : List.copyOf(d.variantMentions)) {
                assignRole(roleScan, sentences, variant.end(), d);
            }
        }
        List<PersonFacts> people = new ArrayList<>();
        for (Draft d : drafts.values()) {
            List<PersonRole> roles = d.mentionedOnly && !d.roles.contains(PersonRole.HOST) ? List.of()
                    : new ArrayList<>(d.roles);
            boolean host = roles.contains(PersonRole.HOST);
            if (d.onlyProcedure && host) {
                roles.remove(PersonRole.SPEAKER); // 主持人X宣布开幕: the chair's procedure is hosting
            }
            String type = host && d.properType != null ? d.properType : d.speechType;
            people.add(new PersonFacts(d.name, new ArrayList<>(d.titles), roles,
                    roles.contains(PersonRole.SPEAKER) ? type : null, d.mentions.buildSorted(),
                    affiliations.of(d.titles)));
        }
        return people;
    }

    /**
     * 尹德昌、单玉成、解春燕等常委会领导出席: a title after 等 is a title of every name in the list. The list may be one
     * of titled names joined by commas (党委书记何立群,院长邵景川,…院长助理孔繁宇等主席团成员): each item is a chain of
     * titles and a name. A label the posts do not hold is read from the text after the 等 that follows a name
     * (…秘书长上官志诚等|省工商联领导|出席: TitleLexicon.labelAfterList).
     */
    private void addLabelsAfterLists(String text, List<Mention> persons, List<Mention> titles,
                                     MentionsAt titleEndingAt, Map<String, Draft> drafts) {
        BitSet titleStarts = new BitSet(text.length() + 1);
        for (Mention t : titles) {
            titleStarts.set(t.start());
            if (t.start() >= 2 && text.charAt(t.start() - 1) == '等') {
                labelList(text, persons, titleEndingAt, drafts, t.start() - 1, t.surface());
            }
            int count = titleLexicon.countStartBefore(text, t.start(), t.end());
            if (count > 0) {
                labelList(text, persons, titleEndingAt, drafts, count, t.surface()); // A、B、C|三位|副主任
            }
        }
        for (Mention p : persons) {
            int after = p.end() + 1;
            if (after >= text.length() || text.charAt(p.end()) != '等' || titleStarts.get(after)) {
                continue;
            }
            Matcher label = titleLexicon.labelAfterList().matcher(Deadline.guard(text)).region(after, text.length());
            if (label.lookingAt()) {
                labelList(text, persons, titleEndingAt, drafts, p.end(), label.group());
            }
        }
    }

    /** Gives {@code label} to every name of the list that ends at {@code end} (where its 等 stands). */
    private static void labelList(String text, List<Mention> persons, MentionsAt titleEndingAt,
                                  Map<String, Draft> drafts, int end, String label) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            Mention p = persons.get(i);
            if (p.end() != end) {
                continue;
            }
            drafts.get(p.surface()).addUnlessRepeat(label); // 中国工程院院士卢焕章、…等院士
            end = p.start() - 1;
            if (end < 0) {
                break;
            }
            if (text.charAt(end) != '、') {
                // 院长邵景川,|副书记罗文斌: the titles before this name, then a comma closing the item before.
                int item = p.start();
                for (Mention before = titleEndingAt.last(item); before != null; before = titleEndingAt.last(item)) {
                    item = before.start();
                    if (item > 0 && text.charAt(item - 1) == '、' && titleEndingAt.last(item - 1) != null) {
                        item--;
                    }
                }
                if (item == p.start() || item < 1 || text.charAt(item - 1) != ',') {
                    break;
                }
                end = item - 1;
            }
        }
    }

    /**
     * 在主席台前排就座的有:A、B、C — the role is said before the list: the opener must end where the list starts,
     * and between them stand only names, titles and 、/,/和.
     */
    /** The roles an opener gives the list after it, and the speech type it names (在交流发言环节,|A、B…), or null. */
    record OpenedRoles(List<PersonRole> roles, String speechType) {
    }

    private Optional<OpenedRoles> roleFromOpener(String text, Mention person, ListStarts lists,
                                                 Map<Integer, Optional<OpenedRoles>> openerAt) {
        int sentence = lists.sentenceStart(person.start());
        int listStart = lists.listStart(person.start(), sentence);
        // every name of one list has the same opener: read it once
        return openerAt.computeIfAbsent(listStart, s -> openerBefore(text.substring(sentence, listStart)));
    }

    private Optional<OpenedRoles> openerBefore(String before) {
        for (PeopleOpener opener : openers) {
            Matcher m = opener.pattern().matcher(Deadline.guard(before));
            if (m.find()) {
                String type = opener.namesSpeechType() ? m.group("type") : null;
                return Optional.of(new OpenedRoles(opener.roles(), type));
            }
        }
        return Optional.empty();
    }

    /**
     * 蔡永福(村党支部书记、村委会主任): the items in parentheses right after a name, when each ends with a post, are
     * its titles as written, unit prefix and all.
     */
    private List<String> parenthesisedTitles(String text, int nameEnd) {
        if (nameEnd >= text.length() || text.charAt(nameEnd) != '(') {
            return List.of();
        }
        int close = text.indexOf(')', nameEnd);
        if (close < 0 || close - nameEnd > 60) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int from = nameEnd + 1;
        for (int i = from; i <= close; i++) {
            if (i == close || text.charAt(i) == '、' || text.charAt(i) == ',') {
                String item = text.substring(from, i).strip();
                if (item.isEmpty() || titleLexicon.postEndingAt(item, item.length()) <= 0) {
                    return List.of();
                }
                out.add(item);
                from = i + 1;
            }
        }
        return out;
    }

    /** How far before a name a label the posts do not hold may start (长江流域十五省(区、市)领导 is past it). */
    private static final int MAX_LABEL_BEFORE_NAME = 14;

    /**
     * 集团领导|韩平川、喇利群, 党委副书记、安全生产主管领导|仇跃进: a label ending in 领导 right before the name, opening its
     * clause or following a title and 、 (TitleLexicon.labelBeforeName), with that title chain; else none.
     */
    private List<String> labelBeforeName(String text, int nameStart, MentionsAt titleEndingAt, MentionsAt personEndingAt) {
        if (nameStart < 2 || !text.startsWith("领导", nameStart - 2)) {
            return List.of();
        }
        Matcher m = titleLexicon.labelBeforeName().matcher(Deadline.guard(text));
        // the longest label first: from the farthest start that opens a clause or follows a title and 、
        for (int start = Math.max(0, nameStart - MAX_LABEL_BEFORE_NAME); start < nameStart - 2; start++) {
            boolean opensClause = start == 0 || ",。;:\n".indexOf(text.charAt(start - 1)) >= 0;
            boolean afterTitle = start >= 1 && text.charAt(start - 1) == '、' && titleEndingAt.last(start - 1) != null;
            if ((opensClause || afterTitle) && m.region(start, nameStart).lookingAt()) {
                // 甘晓东副局长、|市科协正局级领导|时伯东: a post right after another's name is his, not a title of this one
                boolean othersPost = afterTitle && personEndingAt.last(titleEndingAt.last(start - 1).start()) != null;
                List<String> chain = new ArrayList<>(afterTitle && !othersPost
                        ? titleChainBefore(text, start - 1, titleEndingAt) : List.of());
                chain.add(m.group());
                return chain;
            }
        }
        return List.of();
    }

    /** Titles joined by 、 that end right where the name starts, in the order written. */
    private static List<String> titleChainBefore(String text, int nameStart, MentionsAt titleEndingAt) {
        List<String> chain = new ArrayList<>();
        int at = nameStart;
        Mention t = titleEndingAt.last(at);
        for (int back = 1; t == null && back <= 3 && at - back >= 0 && text.charAt(at - back) == ' '; back++) {
            t = titleEndingAt.last(at - back);
        }
        // 党委副书记(主持党委工作)|萨仁高娃: the title before a short note on it, which is part of the title as written
        String note = "";
        for (int open = at - 4; t == null && open >= 0 && open >= at - 12; open--) {
            if (PostNote.endAt(text, open) == at) {
                t = titleEndingAt.last(open);
                note = t == null ? "" : text.substring(open, at);
            }
        }
        while (t != null) {
            chain.add(0, t.surface() + note);
            note = "";
            at = t.start();
            // 部党组书记、部长,部领导小组组长黎盛华: titles are joined by 、 and sometimes by a comma.
            t = at > 0 && (text.charAt(at - 1) == '、' || text.charAt(at - 1) == ',') ? titleEndingAt.last(at - 1) : null;
            // 阚国藩院士,|副理事长游政: across a comma only a title that opens its clause joins the chain, not the post
            // after the name before it.
            if (t != null && text.charAt(at - 1) == ',' && t.start() > 0 && !TextChars.isBreak(text.charAt(t.start() - 1))) {
                t = null;
            }
        }
        return chain;
    }

    /**
     * A、B等领导接待来宾,仪式由|党委副书记C|主持: a host verb past another person that 由 (with a post) introduces is
     * that person's, not the earlier names'. Only the few characters before the verb are read, so a sentence of
     * thousands of names costs each name a bounded look.
     */
    private static boolean hostedByAnother(String text, int from, RoleMatch m, MentionsAt personStartingAt) {
        if (!m.rule().roles().contains(PersonRole.HOST)) {
            return false;
        }
        int verb = m.span().start();
        for (int by = text.indexOf('由', Math.max(from, verb - BY_REACH)); by >= 0 && by < verb;
             by = text.indexOf('由', by + 1)) {
            for (int at = by + 1; at <= by + MAX_POST_AFTER_BY && at < verb; at++) {
                Mention q = personStartingAt.first(at);
                if (q != null && q.end() <= verb) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the 、-list of names that {@code p} opens or continues ends (p's own end when it stands alone). */
    private static int endOfNameList(String text, Mention p, MentionsAt personStartingAt, MentionsAt titleStartingAt,
                                     MentionsAt unitStartingAt) {
        int end = afterItem(text, p.end(), titleStartingAt);
        // where the last item's name ends: a post after it (鞠海涛|教授、) says the items put their posts after names
        int afterNameOfItem = p.end();
        for (int items = 0; items < MAX_LIST_NAMES && end + 1 < text.length(); items++) {
            char separator = text.charAt(end);
            if (separator != '、' && separator != ',' && separator != '和' && separator != '及') {
                break;
            }
            // 质控办主任尚彩霞、CT室主任包建军,…分别代表…讲述: items may carry titles of their own (党委书记、院长X);
            // 和/及 join the last item (副总裁葛俊彦,会长董国璋和副会长武振舸先后发言).
            int at = end + 1;
            boolean titled = false;
            // 人社部社保所闵维康所长、|四川省医疗保险研究会|郑立嘉会长…从不同角度强调: an item may open with its unit
            Mention unit = unitStartingAt.last(at);
            if (unit != null && personStartingAt.first(unit.end()) != null) {
                at = unit.end();
            }
            Mention title = titleStartingAt.last(at);
            for (int chain = 0; chain < MAX_TITLE_CHAIN && title != null; chain++) {
                at = title.end();
                titled = true;
                if (at + 1 < text.length() && text.charAt(at) == '、' && titleStartingAt.last(at + 1) != null) {
                    at++;
                }
                title = titleStartingAt.last(at);
            }
            Mention next = personStartingAt.first(at);
            if (next == null && separator == '、' && !titled && end > afterNameOfItem) {
                // 材料系鞠海涛教授、|图书馆|闵嘉欣教授、…: items of a name between its body and its post go on through a
                // body the unit recogniser did not read, when the name after it carries a post too
                next = nameAfterBody(text, at, personStartingAt, titleStartingAt);
            }
            // 项瑞微、|金优秀|、潘一荣: an item of a name's length the recogniser did not read, between two names it did,
            // is one more name of the list; it does not end the list before the verb all of them share
            int unread = next == null && separator == '、' && !titled ? unreadItemEnd(text, at, personStartingAt) : -1;
            if (unread > 0) {
                end = unread;
                continue;
            }
            // A comma joins items only when they are titled (院长张三,副院长李四分别讲话), never bare names.
            if (next == null || separator == ',' && !titled) {
                break;
            }
            afterNameOfItem = next.end();
            end = afterItem(text, next.end(), titleStartingAt);
        }
        return end;
    }

    /** The longest body before a name inside an item of a list (计算机与信息学院|滕子健教授) that no recogniser read. */
    private static final int MAX_ITEM_BODY = 10;

    /**
     * The name that follows a body of two to {@link #MAX_ITEM_BODY} Han characters at {@code at} and carries a post
     * right after it (图书馆|闵嘉欣|教授), or null.
     */
    private static Mention nameAfterBody(String text, int at, MentionsAt personStartingAt, MentionsAt titleStartingAt) {
        for (int len = 2; len <= MAX_ITEM_BODY && at + len < text.length(); len++) {
            if (!TextChars.isHan(text.charAt(at + len - 1))) {
                return null;
            }
            Mention name = personStartingAt.first(at + len);
            if (name != null && titleStartingAt.last(name.end()) != null) {
                return name;
            }
        }
        return null;
    }

    /** Where an unread item of two to four Han characters starting at {@code at} ends, when 、 and a name follow it; or -1. */
    private static int unreadItemEnd(String text, int at, MentionsAt personStartingAt) {
        for (int len = 2; len <= 4 && at + len + 1 < text.length(); len++) {
            if (!TextChars.isHan(text.charAt(at + len - 1))) {
                return -1;
            }
            if (TextChars.isHan(text.charAt(at)) && text.charAt(at + len) == '、'
                    && personStartingAt.first(at + len + 1) != null) {
                return at + len;
            }
        }
        return -1;
    }

    /** 邴红坤教授、樊东升教授…等: a post right after a name is part of its item (the list runs on after it). */
    private static int afterTitle(int nameEnd, MentionsAt titleStartingAt) {
        Mention after = titleStartingAt.last(nameEnd);
        return after != null ? after.end() : nameEnd;
    }

    /**
     * Where a name's item ends: after a post right after it, or after its titles in parentheses (熊礼森|(大内科主任)|、
     * 柯义华(外科支部书记)、…分别代表…发言).
     */
    private static int afterItem(String text, int nameEnd, MentionsAt titleStartingAt) {
        if (nameEnd < text.length() && text.charAt(nameEnd) == '(') {
            int close = text.indexOf(')', nameEnd);
            if (close > nameEnd && close - nameEnd <= MAX_ASIDE_TITLES) {
                return close + 1;
            }
        }
        return afterTitle(nameEnd, titleStartingAt);
    }

    /**
     * 广东省监狱管理局副巡视员黎国栋主持会议。|他|介绍了…: a sentence opening with 他/她 goes on with the one person the
     * sentence before names, and its verb gives that person a role. Not when that sentence names two or more people
     * (the pronoun could be either), nor for 他们/她们.
     */
    private static void rolesAfterPronouns(String text, List<Mention> persons, SentenceIndex sentences,
                                           RoleRules.Scan roles, Map<String, Draft> drafts) {
        int next = 0;
        int first = 0; // the first person who may stand in the sentence before: both move forward only
        for (int start = 0; start < text.length(); start = next) {
            Deadline.check();
            int end = sentences.endOf(start);
            next = end + 1;
            int at = start;
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at + 1 >= end || "他她".indexOf(text.charAt(at)) < 0 || text.charAt(at + 1) == '们' || start == 0) {
                continue;
            }
            int before = sentences.startOf(start - 1);
            while (first < persons.size() && persons.get(first).start() < before) {
                first++;
            }
            String only = null;
            for (int i = first; i < persons.size() && persons.get(i).end() <= start - 1; i++) {
                if (only != null && !only.equals(persons.get(i).surface())) {
                    only = null;
                    break;
                }
                only = persons.get(i).surface();
            }
            if (only != null && drafts.containsKey(only)) {
                assignRole(roles, sentences, at + 1, drafts.get(only));
            }
        }
    }

    private static void assignRole(RoleRules.Scan roles, SentenceIndex sentences, int from, Draft d) {
        roles.firstMatchOverGroups(from, sentences::endOf).ifPresent(m -> applyPastProcedure(roles, sentences, m, d));
    }

    /**
     * Applies {@code m}, and after a chair's procedure the act that follows it in the sentence too: X宣布大会开幕,并就
     * 筹备情况作了报告 reports (the type a host's record takes).
     */
    private static void applyPastProcedure(RoleRules.Scan roles, SentenceIndex sentences, RoleMatch m, Draft d) {
        apply(m, d);
        if (m.procedural()) {
            roles.afterProcedure(m, sentences::endOf).ifPresent(next -> apply(next, d));
        }
    }

    private static void apply(RoleMatch m, Draft d) {
        if (m.rule().marksMentionedOnly()) {
            d.mentionedOnly = d.roles.isEmpty();
            d.relayed = d.relayed || d.mentionedOnly && m.rule().relaysSpeech();
            return;
        }
        if (d.mentionedOnly && d.relayed && m.reporting()) {
            // 会议传达了窦铁生书记…的讲话精神。窦书记强调,…: what one whose speech is relayed stressed was said elsewhere
            return;
        }
        boolean spokeBefore = d.roles.contains(PersonRole.SPEAKER);
        d.roles.addAll(m.rule().roles());
        if (m.rule().roles().contains(PersonRole.SPEAKER)) {
            if (d.speechType == null) {
                d.speechType = m.speechType();
            }
            if (d.properType == null && !m.procedural()) {
                d.properType = m.speechType();
            }
            d.onlyProcedure = m.procedural() && (!spokeBefore || d.onlyProcedure);
        }
        if (!d.roles.isEmpty()) {
            d.mentionedOnly = false;
        }
    }

    /**
     * 王部长, 张书记, 柯副部长, 司马书记, 宓董: a surname and a post the person holds (or its short form) are mentions of
     * that person too. Returns each such variant with the name of the person it is a mention of (the first).
     */
    private Map<String, String> addSurnamePostMentions(String text, Map<String, Draft> drafts) {
        Map<String, String> owners = new HashMap<>();
        for (Draft d : drafts.values()) {
            Set<String> variants = new LinkedHashSet<>();
            for (String surname : List.of(d.name.substring(0, 1), d.name.length() >= 3 ? d.name.substring(0, 2) : "")) {
                if (surname.isEmpty()) {
                    continue;
                }
                for (String title : d.titles) {
                    variants.add(surname + (title.length() > 2 ? title.substring(title.length() - 2) : title));
                    if (title.length() == 3) {
                        variants.add(surname + title);
                    }
                    postShortForms.forEach((post, shortForm) -> {
                        if (title.endsWith(post)) {
                            variants.add(surname + shortForm);
                        }
                    });
                }
            }
            if (d.name.length() == 3) {
                variants.add(d.name.substring(1) + "同志"); // 志刚同志
            }
            for (String variant : variants) {
                owners.putIfAbsent(variant, d.name);
                for (int at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
                    boolean insideFullName = at > 0 && text.startsWith(d.name, at - 1);
                    if (!text.startsWith(d.name, at) && !insideFullName) {
                        d.mentions.add(at, at + variant.length());
                        d.variantMentions.add(new Span(at, at + variant.length()));
                    }
                }
            }
        }
        return owners;
    }
}
