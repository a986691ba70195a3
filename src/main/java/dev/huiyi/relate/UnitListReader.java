package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.Lexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of units backwards from where it ends (the trigger) to the start of its clause:
 * 北京市科委、吉林省科技厅、…嘉兴秀洲高新区 → one span per unit. Pieces split at 、/和/及; a piece that does
 * not end like a unit joins the next one (杭州市经济|和|信息化局 is one unit).
 */
final class UnitListReader {
    private static final String CLAUSE_BREAKS = ",。;:!?\n().";
    private static final int MAX_LIST = 160;
    private static final int MAX_ASIDE = 8;
    /** How many items a list must have before a bare head noun (组织部, 图书馆) is an item of it. */
    private static final int MIN_LIST_FOR_BARE_HEADS = 3;
    /** How long a modifier before a list's first item may be (排名靠后的|安良镇); a longer one is a clause of its own. */
    private static final int MAX_ITEM_MODIFIER = 6;
    /** How many comma-separated clauses of units a list may run back over. */
    private static final int MAX_COMMA_GROUPS = 3;
    private final UnitKinds kinds;
    private final Lexicon<Boolean> openers;

    /** 论坛由X主办, 本次会议由X承办: the list starts after 由 when a meeting word stands before it. */
    private final Pattern sponsorOpener;

    /** 出席开幕式的还有X、Y等单位的领导: the list starts after an attendance phrase that opens its clause. */
    private final Pattern attendanceOpener;

    /** 论坛邀请了来自X、Y…: the list starts after an invitation that opens its clause. */
    private final Pattern invitationOpener;

    /** The word opening a unit's topic in a clause of topics (围绕, 就, 结合, 针对: organizers.tsv topic_opener). */
    private final Pattern topicOpener;

    /** 由X主办、Y承办: a list ends at the sponsoring verb of the list before it. */
    private final Pattern sponsored;

    /** 各工作组|(A组、B组…)负责人: a collective before a parenthesised list that spells it out (organizers.tsv). */
    private final Pattern collectiveBeforeList;
    /** The short names of mass organisations, items of a list after a place's first item (organizers.tsv mass_body). */
    private final Pattern massBody;
    /** What closes one group of an attendance list: the people its units sent (…的主要负责同志): organizers.tsv. */
    private final Pattern groupPeople;

    private UnitListReader(UnitKinds kinds, Lexicon<Boolean> openers, KeyedValues rules) {
        this.kinds = kinds;
        this.openers = openers;
        this.sponsorOpener = rules.regex("sponsor_opener");
        this.attendanceOpener = rules.regex("attendance_opener");
        this.invitationOpener = rules.regex("invitation_opener");
        this.sponsored = rules.regex("sponsored");
        this.collectiveBeforeList = rules.regex("collective_before_list");
        this.topicOpener = rules.regex("topic_opener");
        this.groupPeople = rules.regex("group_people");
        this.massBody = rules.regex("mass_body");
    }

    static UnitListReader load(ModelSource models, UnitKinds kinds) {
        Map<String, Boolean> openers = new HashMap<>();
        TsvReader.words(models.read("role/list_openers.tsv")).forEach(w -> openers.put(w, Boolean.TRUE));
        KeyedValues keyed = KeyedValues.read(models.read("role/organizers.tsv"), "models/role/organizers.tsv");
        return new UnitListReader(kinds, Lexicon.of(openers), keyed);
    }

    /** How a list of units closes, which says what its items may be. */
    enum Close {
        /** Nothing more than a verb or its people: every item must end like a unit (…局、…委负责同志参加). */
        PLAIN,
        /**
         * A head's post (市人民检察院|检察长列席): each item may close with one too (市中级人民法院|院长、), which is then
         * no part of its name, and a clause of such items before a comma continues the list (省法院院长,|省检察院…).
         */
        HEAD_POST,
        /**
         * 等 with a count of units (…、优力维特|等22家参会企业分别介绍; 工行、农行|等9家银行): the closer says the items are
         * units, so a short name without a head noun (三机特车, 工行) is one too.
         */
        COUNTED
    }

    /** The units of the list ending at {@code listEnd}, each of which ends like a unit or names a division. */
    List<Span> read(String text, int listEnd) {
        return read(text, listEnd, Close.PLAIN, false);
    }

    /**
     * How the trigger {@code [start, end)} closes the list before it: 市人民检察院|检察长列席 with a head's post,
     * 工行、农行|等9家银行 with a count of units, else plainly.
     */
    Close closeOf(String text, int start, int end) {
        if (kinds.isHeadPost(text, start, end)) {
            return Close.HEAD_POST;
        }
        return kinds.isCountedCloser(text, start, end) ? Close.COUNTED : Close.PLAIN;
    }

    /**
     * The units of a list that an opener introduces (此次来访的企业有|X、Y等): read from the opener's end to the list's,
     * so that its first item is read though the opener is no clause opener of list_openers.tsv.
     */
    List<Span> readAfterOpener(String text, int openerEnd, int listEnd, Close close) {
        return openerEnd < listEnd ? read(text, openerEnd, listEnd, close, true) : List.of();
    }

    /**
     * The units of the list a trigger closes: with its structure read too, so that a short name standing between two
     * units is one (see enclosedItems).
     */
    List<Span> read(String text, int listEnd, Close close) {
        return read(text, listEnd, close, true);
    }

    private List<Span> read(String text, int listEnd, Close close, boolean byStructure) {
        int spelledOut = spelledOutListStart(text, listEnd);
        if (spelledOut >= 0) {
            // 县庆工作各工作组(综合协调组、宣传和文体活动组…)负责人: the items are those in the parentheses
            return read(text, spelledOut, listEnd - 1, close, byStructure);
        }
        int start = clauseStart(text, listEnd);
        List<Span> units = read(text, start, listEnd, close, byStructure);
        List<Span> groups = earlierGroups(text, start);
        if (groups.isEmpty()) {
            return units;
        }
        List<Span> all = new ArrayList<>(groups);
        all.addAll(units);
        return all;
    }

    /** How many earlier groups of an attendance list are read back over their commas and semicolons. */
    private static final int MAX_GROUPS = 4;

    /**
     * 吉州区、青原区…的常务副县长(区长);市发改委、市住建局的主要负责同志;以及市直有关单位分管负责同志|参加: the groups
     * before the trigger's clause, each a list of units and the people who came from them (organizers.tsv
     * group_people), are read too, back over their commas and semicolons until a clause is no such group.
     */
    private List<Span> earlierGroups(String text, int clauseStart) {
        List<Span> found = new ArrayList<>();
        int at = clauseStart;
        for (int n = 0; n < MAX_GROUPS && at > 0 && ";,".indexOf(text.charAt(at - 1)) >= 0; n++) {
            int end = at - 1;
            int start = clauseStart(text, end);
            Matcher people = groupPeople.matcher(Deadline.guard(text)).region(start, end);
            if (start >= end || !people.find()) {
                break;
            }
            List<Span> group = read(text, start, people.start(), Close.PLAIN, false);
            if (group.isEmpty()) {
                break;
            }
            found.addAll(0, group);
            at = start;
        }
        return found;
    }

    /**
     * Where the items of a parenthesised list that spells out the collective before it start (after its '(' ), when
     * the list ends at {@code listEnd} with ')': 各工作组(A组、B组…)|负责人, 县直各部门(县教育局、县卫健局)|主要负责人.
     * Otherwise -1.
     */
    private int spelledOutListStart(String text, int listEnd) {
        if (listEnd < 2 || text.charAt(listEnd - 1) != ')') {
            return -1;
        }
        // looked for over a list's length only: a page of a thousand parentheses is read once, not once per trigger
        int open = -1;
        for (int i = listEnd - 2; i >= Math.max(0, listEnd - MAX_LIST); i--) {
            if (text.charAt(i) == '(') {
                open = i;
                break;
            }
        }
        if (open < 1) {
            return -1;
        }
        int commas = 0;
        for (int i = open + 1; i < listEnd - 1; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0 && text.charAt(i) != '、') {
                return -1;
            }
            commas += text.charAt(i) == '、' ? 1 : 0;
        }
        // 各乡镇(街道、管委会): two peers of the collective in an aside are no list that spells it out
        if (commas + 1 < MIN_SPELLED_OUT) {
            return -1;
        }
        int from = Math.max(0, open - MAX_COLLECTIVE);
        return collectiveBeforeList.matcher(Deadline.guard(text)).region(from, open).find() ? open + 1 : -1;
    }

    /** How many items a parenthesised list must have to spell out its collective rather than be an aside. */
    private static final int MIN_SPELLED_OUT = 3;

    /** How far before a spelled-out list's parenthesis its collective may start (县直各有关部门). */
    private static final int MAX_COLLECTIVE = 12;

    private List<Span> read(String text, int clauseStart, int listEnd, Close close, boolean byStructure) {
        if (isBlank(text, clauseStart, listEnd) && clauseStart > 0 && text.charAt(clauseStart - 1) == ',') {
            // 恩施市文旅局围绕…,利川市文旅局围绕…,宣恩县围绕“旅游+”,|先后作交流发言: a verb opening its clause acts for
            // the units that open the clauses of topics before it
            List<Span> topics = topicClauseUnits(text, clauseStart - 1);
            if (!topics.isEmpty()) {
                return topics;
            }
        }
        boolean headPosts = close == Close.HEAD_POST;
        int start = clauseStart;
        // 由国际徽商交流协会主办、|福建省安徽商会承办: the list of the verb before ends there.
        Matcher before = sponsored.matcher(Deadline.guard(text)).region(start, listEnd);
        while (before.find()) {
            start = before.end() < listEnd && "、,".indexOf(text.charAt(before.end())) >= 0 ? before.end() + 1 : before.end();
        }
        start = afterOpener(text, start, listEnd);
        // 东园街道东盛社区、东福社区,|南屿街道南峰社区、新岭社区依次汇报: a clause before that is nothing but units
        // continues the list across its comma.
        String separators = "、";
        for (int n = 0; n < MAX_COMMA_GROUPS && start > 0 && text.charAt(start - 1) == ','; n++) {
            int previous = clauseStart(text, start - 1);
            if (previous >= start - 1 || !allUnits(text, previous, start - 1, headPosts)) {
                break;
            }
            start = previous;
            separators = "、,";
        }
        List<Span> units = new ArrayList<>();
        List<Span> divisions = new ArrayList<>();
        List<Span> shortBodies = new ArrayList<>();
        boolean lastIsItem = false;
        List<Span> hardPieces = splitAtAlso(text, split(text, start, listEnd, separators));
        // 学校党政办公室、|组织部|、宣传部、人事处: inside a list of three or more, after its first item, a department
        // named by its head noun alone is an item of its own once a named unit stands before it (not after 各社区…).
        boolean inLongList = hardPieces.size() >= MIN_LIST_FOR_BARE_HEADS;
        // Per 、-item: whether it gave a unit, and the short name it holds when it gave none (see enclosedItems).
        boolean[] gaveUnit = new boolean[hardPieces.size()];
        Span[] shortName = new Span[hardPieces.size()];
        for (int h = 0; h < hardPieces.size(); h++) {
            Span hard = hardPieces.get(h);
            int unitsBefore = units.size();
            String nextItem = h + 1 < hardPieces.size() && text.charAt(hard.end()) == '、'
                    ? text.substring(hardPieces.get(h + 1).start(), hardPieces.get(h + 1).end()).strip() : "";
            // 、 never stands inside a unit's name; 和/及/与 may (经济和信息化局, 计算机科学与技术学院), so a piece
            // before them that does not end like a unit joins the next one.
            int pending = -1;
            List<Span> pieces = split(text, hard.start(), hard.end(), "和及与");
            for (int p = 0; p < pieces.size(); p++) {
                Span piece = pieces.get(p);
                int from = pending >= 0 ? pending : piece.start();
                String name = text.substring(from, piece.end()).strip();
                if (name.isEmpty()) {
                    continue;
                }
                // 以及民生服务团成员单位|区融媒体中心: a label before the item's name is no part of it
                int label = kinds.itemLabelEnd(name);
                if (label > 0) {
                    from += text.substring(from, piece.end()).indexOf(name) + label;
                    name = name.substring(label);
                }
                // 排名靠后的|安良镇、白庙乡作了表态发言: a modifier ending in 的 before the list's first item is no part of it
                int modifier = h == 0 && from == hard.start() ? name.lastIndexOf('的') : -1;
                if (modifier > 0 && modifier <= MAX_ITEM_MODIFIER && modifier < name.length() - 2) {
                    String rest = name.substring(modifier + 1);
                    if ((kinds.endsLikeUnit(rest) || kinds.isDivision(rest)) && isHanOnly(rest) && !kinds.hasStopWord(rest)) {
                        from += text.substring(from, piece.end()).indexOf(name) + modifier + 1;
                        name = rest;
                    }
                }
                int end = piece.end();
                // 各省(区、市)生态环境厅(局): an aside closing the item is no part of the name the item ends like.
                int aside = name.endsWith(")") ? name.lastIndexOf('(') : -1;
                if (aside > 0 && kinds.endsLikeUnit(name.substring(0, aside))) {
                    end -= name.length() - aside;
                    name = name.substring(0, aside);
                }
                // 市中级人民法院|院长、市人民检察院检察长列席会议: the head's post closing the item is no part of the name.
                int headPost = !headPosts || kinds.endsLikeUnit(name) ? -1 : kinds.itemHeadPostStart(name);
                if (headPost > 0) {
                    end -= name.length() - headPost;
                    name = name.substring(0, headPost);
                }
                // 市第十六中学等十几家辖区单位|负责人: a trigger that did not take in the 等-phrase leaves it on the last
                // item; the item ends at 等 when what stands before it ends like a unit (高等学校 keeps its 等).
                // 江北区富力海洋社区|等10个市(区): a 等 with a count ends the item even where the count ends like a unit.
                int counted = kinds.countedEtcAt(name);
                int etc = counted > 0 ? counted : name.lastIndexOf('等');
                // 八里畈中学|等协作区学校, 云南省贸促会|等部分省市贸促会: a unit before 等 ends the item whatever follows.
                // 港城水务、港城路灯|等权属公司分别…: 等 and the kind of the list's units end the item, whatever stands before.
                if (etc > 0 && (kinds.endsLikeUnit(name.substring(0, etc)) || kinds.isKindEtc(name.substring(etc))
                        || (counted > 0 || !kinds.endsLikeUnit(name)) && kinds.isDivision(name.substring(0, etc)))) {
                    name = name.substring(0, etc);
                    end = from + text.substring(from, piece.end()).indexOf(name) + name.length();
                }
                // 佛山、江门、云浮和清远四家特色分行: a bare division is an item of a list of units (its branch, its
                // delegation) when the list's last item is one too (not 成都、长春两地政府有关部门).
                // 东园、南屿街道党工委: a bare name of a place before an item that adds a level and organ to one like it
                // 合作|与发展处: a division's short name before 与 opens a unit's name (合作市 is one, not here).
                boolean beforeYu = piece.end() < hard.end() && text.charAt(piece.end()) == '与';
                boolean division = !kinds.endsLikeUnit(name) && (kinds.isDivision(name) && !beforeYu
                        || piece.end() == hard.end() && isPlaceName(name) && kinds.sharesHeadOf(name.length(), nextItem));
                // 医务部、财务科和药学部等科室: a department's name is an item of a list of units.
                // 经济|与管理学部, 海宁金恒|和家纺有限公司: a short name before 和/与 and a piece that ends like a unit
                // opens that unit's name, even in a counted list (工行和农行 are two).
                boolean opensNext = p + 1 < pieces.size() && !kinds.endsLikeUnit(name) && kinds.endsLikeUnit(
                        text.substring(pieces.get(p + 1).start(), pieces.get(p + 1).end()).strip());
                boolean countedItem = close == Close.COUNTED && !opensNext && kinds.namesUnitOfCountedList(name);
                lastIsItem = division || kinds.endsLikeUnit(name) || kinds.endsLikeDepartment(name) || countedItem;
                if (lastIsItem) {
                    // 讨论了一届区委: running text is no unit's name; a known firm's or party's short name (工行、民盟) is one.
                    if (division) {
                        divisions.add(new Span(from, end));
                    } else if (!kinds.isGeneric(name) && !kinds.isSector(name)
                            && (name.length() >= 3 || countedItem || kinds.isKnownNonState(name))
                            && (!kinds.isBareHead(name) || inLongList && !units.isEmpty()) && !kinds.readsAsRunningText(name)) {
                        units.add(new Span(from, end));
                    } else if (inLongList && isShortBody(name)) {
                        shortBodies.add(new Span(from, end));
                    }
                    pending = -1;
                } else {
                    // 奇台县有关领导|和县商信局: a piece naming people in general joins no unit's name
                    pending = kinds.isGeneric(name) ? -1 : from;
                    if (pieces.size() == 1 && !kinds.isSector(name) && !kinds.isDivision(name)
                            && !kinds.hasStopWord(name) && kinds.namesUnitOfCountedList(name)) {
                        shortName[h] = new Span(from, end);
                    }
                }
            }
            gaveUnit[h] = units.size() > unitsBefore;
        }
        if (byStructure) {
            units.addAll(enclosedItems(gaveUnit, shortName));
            units.sort(null);
        }
        if (lastIsItem) {
            // 校办、纪委、学生处、教务处…负责人: a body's two-character short name is an item of a long list of one
            // body's offices (not of 省委、县委、政协…, bodies of their own named by their level alone).
            if (units.stream().anyMatch(u -> kinds.endsLikeOffice(text.substring(u.start(), u.end())))) {
                units.addAll(shortBodies);
            } else {
                // 西陵区总工会、|妇联|、|残联|、文联…: a mass organisation's short name (mass_body) names the body of
                // the place the list's first item names
                shortBodies.stream().filter(s -> isMassBody(text.substring(s.start(), s.end()))).forEach(units::add);
            }
            units.addAll(divisions);
            units.sort(null);
        }
        return units;
    }

    /**
     * 县政府办、产业集聚区党工委、|中台建投|、住建局: a short name standing between two units of one 、-list is a unit too,
     * though it has no head noun (a firm's brand, a body's abbreviation): the list's structure says what its items are.
     */
    private static List<Span> enclosedItems(boolean[] gaveUnit, Span[] shortName) {
        List<Span> enclosed = new ArrayList<>();
        int h = 1;
        while (h < gaveUnit.length - 1) {
            if (shortName[h] == null || !gaveUnit[h - 1]) {
                h++;
                continue;
            }
            // the run of short names that starts here, and whether a unit closes it
            int runEnd = h;
            while (runEnd < gaveUnit.length && shortName[runEnd] != null && !gaveUnit[runEnd]) {
                runEnd++;
            }
            if (runEnd < gaveUnit.length && gaveUnit[runEnd]) {
                enclosed.addAll(java.util.Arrays.asList(shortName).subList(h, runEnd));
            }
            h = runEnd + 1;
        }
        return enclosed;
    }

    /** How many clauses of topics a verb opening its clause may act for. */
    private static final int MAX_TOPIC_CLAUSES = 8;

    /** How far into its clause a unit's topic may open (the unit's name before it). */
    private static final int MAX_TOPIC_OWNER = 20;

    /**
     * The units that open the comma-separated clauses ending at {@code comma}, each followed by its topic
     * (X围绕…, Y就…, Z结合…), read backwards while every clause has that shape.
     */
    private List<Span> topicClauseUnits(String text, int comma) {
        List<Span> units = new ArrayList<>();
        int end = comma;
        for (int n = 0; n < MAX_TOPIC_CLAUSES && end > 0; n++) {
            int start = clauseStart(text, end);
            int topicReach = Math.min(end, start + MAX_TOPIC_OWNER + 2);
            Matcher t = topicOpener.matcher(Deadline.guard(text)).region(start, topicReach);
            if (!t.find() || t.start() == start) {
                break;
            }
            String name = text.substring(start, t.start()).strip();
            if (name.length() < 2 || !(kinds.endsLikeUnit(name) || kinds.isDivision(name)) || !isHanOnly(name)
                    || kinds.isGeneric(name) || kinds.readsAsRunningText(name)) {
                break;
            }
            int from = start + text.substring(start, t.start()).indexOf(name);
            units.add(new Span(from, from + name.length()));
            if (start == 0 || text.charAt(start - 1) != ',') {
                break;
            }
            end = start - 1;
        }
        units.sort(null);
        return units;
    }

    /** Whether {@code [from, to)} holds nothing but white space (no substring made: read at every trigger). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every 、-item of {@code [from, to)} ends like a unit (with {@code headPosts}, before a head's post) and holds no running text. */
    private boolean allUnits(String text, int from, int to, boolean headPosts) {
        for (Span piece : split(text, from, to, "、")) {
            String name = text.substring(piece.start(), piece.end()).strip();
            int headPost = headPosts ? kinds.itemHeadPostStart(name) : -1;
            if (headPost > 0) {
                name = name.substring(0, headPost);
            }
            if (name.length() < 3 && !isMassBody(name) || !kinds.endsWithHeadNoun(name) || kinds.readsAsRunningText(name)
                    || kinds.isGeneric(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A body's two-character short name (校办, 纪委, 团委, 工会); not a level of government alone (社区, 街道), which
     * names a kind of unit rather than one.
     */
    private boolean isShortBody(String name) {
        return name.length() == 2 && isHanOnly(name) && !kinds.isGeneric(name) && !kinds.readsAsRunningText(name)
                && !(kinds.isBareHead(name) && kinds.kindOf(name) == UnitKind.GOVERNMENT);
    }

    /** A mass organisation's short name with no place before it (妇联, 残联, 科协: organizers.tsv mass_body). */
    private boolean isMassBody(String name) {
        return massBody.matcher(Deadline.guard(name)).matches();
    }

    /** Han characters only: no quotation, book title mark or count (主题”作…, 《四川省…, 56名执委). */
    private static boolean isHanOnly(String name) {
        return name.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    }

    /** Two to four Han characters: the shape of a place's bare name (东园, 南屿), nothing else. */
    private static boolean isPlaceName(String name) {
        return name.length() >= 2 && name.length() <= 4 && isHanOnly(name);
    }

    /**
     * Whether the list ending at {@code listEnd} opens after an attendance phrase (列席会议的还有|县法院、县检察院主要负责同志):
     * the units took part though no verb follows them.
     */
    boolean openedByAttendance(String text, int listEnd) {
        int start = clauseStart(text, listEnd);
        Matcher a = attendanceOpener.matcher(Deadline.guard(text)).region(start, listEnd);
        if (a.lookingAt() && a.end() < listEnd) {
            return true;
        }
        // 参加会议的还有县公司主要负责人,|以及省电力物资公司、省送变电公司主要负责人等: a later group of the same
        // attendance phrase, after earlier groups of units and their people (organizers.tsv group_people)
        for (int n = 0; n < MAX_GROUPS && start > 0 && ";,".indexOf(text.charAt(start - 1)) >= 0; n++) {
            int end = start - 1;
            start = clauseStart(text, end);
            if (start >= end || !groupPeople.matcher(Deadline.guard(text)).region(start, end).find()) {
                return false;
            }
            a.region(start, end);
            if (a.lookingAt() && a.end() < end) {
                return true;
            }
        }
        return false;
    }

    /** Length of the list opener (role/list_openers.tsv: 带领, 听取了, 由) at {@code at}, or 0. */
    int openerLengthAt(String text, int at) {
        return openers.longestAt(text, at);
    }

    /** Skips a clause opener (会议听取了, 由) at the start so that the first unit starts after it. */
    private int afterOpener(String text, int start, int end) {
        int len = openers.longestAt(text, start);
        if (len > 0 && start + len < end) {
            return start + len;
        }
        Matcher m = sponsorOpener.matcher(Deadline.guard(text)).region(start, end);
        if (m.lookingAt()) {
            return m.end();
        }
        for (Pattern opener : List.of(attendanceOpener, invitationOpener)) {
            Matcher a = opener.matcher(Deadline.guard(text)).region(start, end);
            if (a.lookingAt() && a.end() < end) {
                return a.end();
            }
        }
        return start;
    }

    /** Where the clause of a list ending at {@code listEnd} starts, read backwards. */
    private static int clauseStart(String text, int listEnd) {
        int start = listEnd;
        while (start > 0 && listEnd - start < MAX_LIST) {
            char before = text.charAt(start - 1);
            int aside = before == ')' ? asideStart(text, start - 1) : -1;
            if (aside >= 0) {
                start = aside; // 以及各区(市)等单位: a short aside in parentheses does not end the list
            } else if (CLAUSE_BREAKS.indexOf(before) >= 0 || isDoubleDash(text, start - 1)) {
                break;
            } else {
                start--;
            }
        }
        return start;
    }

    /**
     * 五家课题调研单位——|民盟区委、民进区委…: a double dash after a collective opens the list that spells it out (a single
     * dash joins the parts of one name: 中国—非洲总商会).
     */
    private static boolean isDoubleDash(String text, int at) {
        return text.charAt(at) == '—' && at > 0 && text.charAt(at - 1) == '—';
    }

    /** Where a short parenthesised aside ending at {@code close} opens (各县(市、区)), or -1 when it is none. */
    private static int asideStart(String text, int close) {
        for (int i = close - 1; i >= 0 && close - i <= MAX_ASIDE; i--) {
            char c = text.charAt(i);
            if (c == '(') {
                return i;
            }
            if (c != '、' && CLAUSE_BREAKS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Splits pieces again at 以及 (A、B以及C), which 、 and the single-character joiners do not cover. */
    private static List<Span> splitAtAlso(String text, List<Span> pieces) {
        List<Span> out = new ArrayList<>();
        for (Span piece : pieces) {
            int from = piece.start();
            for (int at = piece.start(); at + 2 <= piece.end(); at++) {
                if (text.charAt(at) == '以' && text.charAt(at + 1) == '及') {
                    out.add(new Span(from, at));
                    from = at + 2;
                }
            }
            out.add(new Span(from, piece.end()));
        }
        return out;
    }

    /** Splits at the separators that stand outside parentheses (各省(区、市)|、|兵团 is two pieces, not three). */
    private static List<Span> split(String text, int start, int end, String separators) {
        List<Span> pieces = new ArrayList<>();
        int from = start;
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && separators.indexOf(c) >= 0) {
                pieces.add(new Span(from, i));
                from = i + 1;
            }
        }
        pieces.add(new Span(from, end));
        return pieces;
    }
}
