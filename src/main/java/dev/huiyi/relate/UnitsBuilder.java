package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;
import dev.huiyi.api.UnitRole;
import dev.huiyi.recognize.person.FormLines;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanGroup;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units in roles: organisers, and units that took part as units — those whose unnamed representatives
 * act (战略规划司负责同志介绍…), that gave exchange speeches as units (…等地方单位党组织书记作了视频交流发言),
 * or that hosted branch venues. Triggers are data ({@code models/role/unit_triggers.tsv}); the list before
 * a trigger is read by {@link UnitListReader}.
 */
final class UnitsBuilder {
    /** How far the verb may stand after a list's last unit (…分会场负责同志通过视频|汇报). */
    private static final int MAX_LIST_TO_VERB = 24;
    /** How many comma-separated groups of those present may stand between a unit list and the verb they share. */
    private static final int MAX_SHARING_GROUPS = 3;
    /** The longest later group (以及县供电公司运检部、安监部和各乡镇供电所相关人员|参加会议). */
    private static final int MAX_SHARING_GROUP = 36;
    /** How long a second post may be between 、 and its holder's name (区政府党组成员、|县公安局局长|游志坚). */
    private static final int MAX_CHAINED_POST = 16;
    /** How far a list after an opener (参加会议的单位有|…) may run before its clause ends. */
    private static final int MAX_OPENED_LIST = 160;
    /** What no post holds: a clause break, a list's 、, or a joiner of items (等, 和, 及). */
    private static final String TITLE_CHAIN_BREAKS = ",。;:!?\n、等和及";
    /** A trigger's role column that reads the role rules after the list (RULES, or RULES/<UnitRole> with a fallback). */
    private static final String RULES = "RULES";
    private final List<UnitTrigger> triggers;
    /** The triggers' patterns, in order, read through a text in one pass. */
    private final ScanGroup triggerPatterns;
    private final UnitListReader lists;
    private final UnitKinds kinds;
    private final RoleRules roleRules;
    private final DelegateUnits delegates;

    /** A sentence's rest that demands something of a list's units (…等8家单位负责同志|要亲自抓): no fallback role. */
    private final Pattern demand;

    /** What opens a list of units that took part (参加会议的单位有|X、Y、Z。): models/role/unit_list_openers.tsv. */
    private final List<UnitTrigger> openers;

    /** The people lines of form-layout minutes: units listed on an 出席:/列席: line take part. */
    private final FormLines formLines;

    private UnitsBuilder(List<UnitTrigger> triggers, List<UnitTrigger> openers, UnitListReader lists, UnitKinds kinds,
                         RoleRules roleRules, DelegateUnits delegates, Pattern demand, FormLines formLines) {
        this.formLines = formLines;
        this.demand = demand;
        this.openers = List.copyOf(openers);
        this.delegates = delegates;
        this.triggers = List.copyOf(triggers);
        this.triggerPatterns = ScanGroup.of(this.triggers.stream().map(UnitTrigger::pattern).toList());
        this.lists = lists;
        this.kinds = kinds;
        this.roleRules = roleRules;
    }

    static UnitsBuilder load(ModelSource models, UnitKinds kinds, UnitListReader lists, RoleRules roleRules,
                             FormLines formLines) {
        List<UnitTrigger> triggers = triggers(models, "role/unit_triggers.tsv", true);
        List<UnitTrigger> openers = triggers(models, "role/unit_list_openers.tsv", false);
        Pattern demand = KeyedValues.read(models.read("role/unit_fallback.tsv"), "models/role/unit_fallback.tsv")
                .regex("demand");
        return new UnitsBuilder(triggers, openers, lists, kinds, roleRules, DelegateUnits.load(models, kinds), demand,
                formLines);
    }

    private static List<UnitTrigger> triggers(ModelSource models, String path, boolean rulesAllowed) {
        List<UnitTrigger> triggers = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read(path), 3)) {
            String written = row.get(1);
            boolean fromRules = rulesAllowed && (written.equals(RULES) || written.startsWith(RULES + "/"));
            UnitRole role;
            UnitRole fallback;
            try {
                role = fromRules ? null : UnitRole.valueOf(written);
                fallback = fromRules && !written.equals(RULES) ? UnitRole.valueOf(written.substring(RULES.length() + 1)) : null;
            } catch (IllegalArgumentException e) {
                throw row.error("role must be a UnitRole" + (rulesAllowed ? ", RULES or RULES/<UnitRole>" : "")
                        + ", not '" + written + "'");
            }
            triggers.add(new UnitTrigger(row.get(0), role, fallback, ScanPattern.of(row.regex(2))));
        }
        return triggers;
    }

    /**
     * 召开|扬中法院、扬中市人民检察院|工作联席会议: two or more units listed at the head of the meeting's name hold it
     * together; each took part. The list is read back from the last unit recognised in it, as the unit triggers read.
     */
    private List<Span> ownersListedInName(String text, List<Mention> unitMentions, Span name) {
        if (name == null) {
            return List.of();
        }
        for (Mention u : unitMentions) {
            if (u.start() > name.start() && u.end() < name.end() && text.charAt(u.start() - 1) == '、') {
                List<Span> items = lists.read(text, u.end()).stream()
                        .filter(s -> s.start() >= name.start() && s.end() <= u.end()).toList();
                return items.size() >= 2 && items.get(0).start() == name.start() ? items : List.of();
            }
        }
        return List.of();
    }

    /**
     * Whether the recogniser read a unit that ends where {@code item} ends and covers it: the item itself, or the end of a
     * reading that ran over the list's opener (副局长X组织|罗阳街道、…).
     */
    private static boolean readAsUnit(Span item, Map<Integer, Integer> unitStartByEnd) {
        return unitStartByEnd.getOrDefault(item.end(), Integer.MAX_VALUE) <= item.start();
    }

    /** How many items the recogniser read as units let one more item of the list stand though it read none there. */
    private static final int MIN_READ_FOR_ONE_UNREAD = 3;

    /**
     * Whether the items a role after the list's last unit closes are a list of units: each one a unit the recogniser
     * read, or all but one of a long list whose first item it read (县工信科技局、|经开区|、县住建局、县商务经合局…参加:
     * an abbreviation the list reader took as an item among units).
     */
    private static boolean isListOfUnits(List<Span> items, Map<Integer, Integer> unitStartByEnd) {
        if (items.size() < 2) {
            return false;
        }
        long read = items.stream().filter(s -> readAsUnit(s, unitStartByEnd)).count();
        return read == items.size()
                || read >= MIN_READ_FOR_ONE_UNREAD && read == items.size() - 1 && readAsUnit(items.get(0), unitStartByEnd);
    }

    List<UnitFacts> build(String text, List<Mention> persons, List<Mention> unitMentions, List<OrganizerRef> organizers,
                          Span meetingName, List<RepresentedUnits.Found> represented) {
        Map<String, Set<UnitRole>> roles = new LinkedHashMap<>();
        Map<String, UnitKind> unitKinds = new LinkedHashMap<>();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        for (OrganizerRef o : organizers) {
            add(o.name(), o.kind(), o.span(), UnitRole.ORGANIZER, roles, unitKinds, mentions);
        }
        for (Span owner : ownersListedInName(text, unitMentions, meetingName)) {
            String name = text.substring(owner.start(), owner.end());
            if (!roles.containsKey(name)) { // the convenor among them stays the organiser
                add(name, kinds.kindOf(name), owner, UnitRole.PARTICIPANT, roles, unitKinds, mentions);
            }
        }
        // a bit per character, not a set of boxed offsets (about 50 bytes a name, most of a name list's peak)
        BitSet personStarts = new BitSet(text.length() + 1);
        persons.forEach(p -> personStarts.set(p.start()));
        List<Fallback> fallbacks = new ArrayList<>();
        ScanGroup.Starts triggerStarts = triggerPatterns.startsIn(text);
        RoleRules.Scan roleScan = roleRules.scan(text); // one per text: it reads the text for all rules once
        FormLines.Reader formReader = formLines.reader(text);
        for (int k = 0; k < triggers.size(); k++) {
            UnitTrigger trigger = triggers.get(k);
            Matcher m = trigger.pattern().matcher(Deadline.guard(text));
            for (int at = 0; triggerStarts.find(k, m, text, at, text.length()); at = ScanPattern.resumeAfter(m)) {
                // 市工商联(总商会)党委书记|戴伟达到会: a post right before a name is that person's title, not a unit's
                // representatives.
                if (personStarts.get(m.end()) || opensTitleChain(text, m.end(), personStarts)) {
                    continue;
                }
                Optional<UnitRole> role = roleAfter(text, roleScan, trigger, m.end());
                if (role.isEmpty() && trigger.role() == null && (lists.openedByAttendance(text, m.start())
                        || onAttendanceLine(formReader, m.start()))) {
                    // 列席会议的还有|县法院、县检察院主要负责同志; 列席:…;区府办、区财政局主要负责同志 (a form line)
                    role = Optional.of(UnitRole.PARTICIPANT);
                }
                boolean byFallback = false;
                if (role.isEmpty()) {
                    role = fallbackRole(text, trigger, m.end());
                    byFallback = role.isPresent();
                }
                if (role.isEmpty()) {
                    continue;
                }
                for (Span read : lists.read(text, m.start(), lists.closeOf(text, m.start(), m.end()))) {
                    Span s = afterPersonJoined(text, read, persons);
                    if (s != null && persons.stream().noneMatch(p -> p.span().overlaps(s))) {
                        String name = text.substring(s.start(), s.end());
                        if (byFallback) {
                            fallbacks.add(new Fallback(name, s, role.get()));
                        } else {
                            add(name, kinds.kindOf(name), s, role.get(), roles, unitKinds, mentions);
                        }
                    }
                }
            }
        }
        // a fallback role gives a unit no second role: 等12个单位的委员代表,重点围绕… speak, they do not also take part
        for (Fallback f : fallbacks) {
            if (!roles.containsKey(f.name())) {
                add(f.name(), kinds.kindOf(f.name()), f.span(), f.role(), roles, unitKinds, mentions);
            }
        }
        for (UnitTrigger opener : openers) {
            Matcher m = opener.pattern().matcher(Deadline.guard(text));
            for (int at = 0; opener.pattern().find(m, text, at, text.length()); at = ScanPattern.resumeAfter(m)) {
                // the structure says the items are units, whatever their shape (牛汾台林场, 海力斯台林场)
                for (Span read : lists.readAfterOpener(text, m.end(), Sentences.clauseEnd(text, m.end(), MAX_OPENED_LIST),
                        UnitListReader.Close.COUNTED)) {
                    if (persons.stream().noneMatch(p -> p.span().overlaps(read))) {
                        String name = text.substring(read.start(), read.end());
                        add(name, kinds.kindOf(name), read, opener.role(), roles, unitKinds, mentions);
                    }
                }
            }
        }
        for (Span s : delegates.find(text, persons)) {
            String name = text.substring(s.start(), s.end());
            add(name, kinds.kindOf(name), s, UnitRole.SPEAKER, roles, unitKinds, mentions);
        }
        // where each recognised unit ends, with the earliest start read to that end
        Map<Integer, Integer> unitStartByEnd = new java.util.HashMap<>();
        unitMentions.forEach(u -> unitStartByEnd.merge(u.end(), u.start(), Math::min));
        for (Mention u : unitMentions) {
            Optional<UnitRole> role = roleAfterList(text, u, roleScan, personStarts);
            if (role.isEmpty()) {
                continue;
            }
            List<Span> items = lists.read(text, u.end());
            // two or more items, each a unit the recogniser read: running text (要按照省委) makes no list
            if (!isListOfUnits(items, unitStartByEnd)) {
                continue;
            }
            for (Span s : items) {
                String name = text.substring(s.start(), s.end());
                if (persons.stream().noneMatch(p -> p.span().overlaps(s)) && !roles.containsKey(name)) {
                    add(name, kinds.kindOf(name), s, role.get(), roles, unitKinds, mentions);
                }
            }
        }
        for (RepresentedUnits.Found f : represented) {
            // a unit the text gives a part of its own keeps that part; the organiser's own leaders (民盟市委|主委,
            // organiser 民盟市委会) add no unit
            if (!roles.containsKey(f.name()) && organizers.stream().noneMatch(o -> sameBody(o.name(), f.name()))) {
                add(f.name(), kinds.kindOf(f.name()), f.span(), f.role(), roles, unitKinds, mentions);
            }
        }
        mergeBareDivisions(roles, mentions);
        mergePartyPrefixed(roles, mentions);
        mergeBareIntoLeveled(roles, mentions);
        mergeLevelShortForms(roles, mentions);
        List<UnitFacts> facts = new ArrayList<>();
        for (Map.Entry<String, Set<UnitRole>> e : roles.entrySet()) {
            // 18家物业公司|负责人参加: a count of units names none of them (an organiser keeps its name as read)
            if (kinds.isCountOfUnits(e.getKey()) && !e.getValue().contains(UnitRole.ORGANIZER)) {
                continue;
            }
            List<Span> spans = new ArrayList<>(mentions.get(e.getKey()));
            // Every other place the recognisers read the same unit is a mention of it too.
            for (Mention m : unitMentions) {
                if (m.surface().equals(e.getKey()) && !spans.contains(m.span())) {
                    spans.add(m.span());
                }
            }
            spans.sort(null);
            facts.add(new UnitFacts(e.getKey(), unitKinds.get(e.getKey()), new ArrayList<>(e.getValue()), spans));
        }
        return facts;
    }

    /** A unit a trigger's fallback role would add, held until every trigger has had its say. */
    private record Fallback(String name, Span span, UnitRole role) {
    }

    private static boolean sameBody(String organizer, String unit) {
        return organizer.startsWith(unit) || unit.startsWith(organizer);
    }

    /**
     * 区政府党组成员|、副区长韩立新: a post followed by 、 and another post that runs straight into a name is the first
     * of that person's titles, not a unit's representatives.
     */
    private static boolean opensTitleChain(String text, int after, BitSet personStarts) {
        if (after >= text.length() || text.charAt(after) != '、') {
            return false;
        }
        for (int at = after + 1; at < text.length() && at - after <= MAX_CHAINED_POST; at++) {
            if (personStarts.get(at)) {
                return true;
            }
            if (TITLE_CHAIN_BREAKS.indexOf(text.charAt(at)) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * 副市长韦秋媚及|市生态环境局、…等单位负责人: a person joined to the list's first unit by 及/和/与 (or leading it:
     * 带领) is no part of it; the unit starts after the joiner. Null when nothing like a unit is left.
     */
    private Span afterPersonJoined(String text, Span read, List<Mention> persons) {
        for (Mention p : persons) {
            int joiner = joinerAfter(text, p.end());
            if (p.start() >= read.start() && joiner > 0 && p.end() + joiner < read.end()) {
                Span rest = new Span(p.end() + joiner, read.end());
                return kinds.endsLikeUnit(text.substring(rest.start(), rest.end())) ? rest : null;
            }
        }
        return read;
    }

    /**
     * How long the joiner after a person is, or 0: 及, 和, 与, or a list opener (role/list_openers.tsv: 县长普建华带领|
     * 县财政局、…).
     */
    private int joinerAfter(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        return "及和与".indexOf(text.charAt(at)) >= 0 ? 1 : lists.openerLengthAt(text, at);
    }

    /**
     * 南宁、北海…六市政协有关负责同志: a bare division read from a list is a short mention of the unit of the record
     * whose name it opens (南宁市政协), not a unit of its own; unless it convenes the meeting.
     */
    private void mergeBareDivisions(Map<String, Set<UnitRole>> roles, Map<String, List<Span>> mentions) {
        for (String bare : List.copyOf(roles.keySet())) {
            // 眉县召开…: a division that convenes is the organiser itself, not a short mention of 眉县华联 further on.
            if (!kinds.isDivision(bare) || kinds.endsLikeUnit(bare) || roles.get(bare).contains(UnitRole.ORGANIZER)) {
                continue;
            }
            roles.keySet().stream().filter(full -> full.length() > bare.length() && full.startsWith(bare)).findFirst()
                    .ifPresent(full -> mergeInto(full, bare, roles, mentions));
        }
    }

    /**
     * 由中共自贡市委…主办…;自贡市委、市政府负责同志分别致辞: a unit named with and without the party's prefix is one
     * unit, under the name with the prefix.
     */
    private void mergePartyPrefixed(Map<String, Set<UnitRole>> roles, Map<String, List<Span>> mentions) {
        for (String full : List.copyOf(roles.keySet())) {
            String bare = kinds.withoutPartyPrefix(full);
            if (!bare.equals(full) && roles.containsKey(bare)) {
                mergeInto(full, bare, roles, mentions);
            }
        }
    }

    /**
     * 农商行 beside 县农商行: a unit named without its level is the one unit of the record named with a level before the
     * same name, when there is only one such unit (not 财政局 beside 市财政局 and 县财政局); one unit under the longer
     * name. A convenor keeps its own name.
     */
    private void mergeBareIntoLeveled(Map<String, Set<UnitRole>> roles, Map<String, List<Span>> mentions) {
        for (String bare : List.copyOf(roles.keySet())) {
            if (bare.length() < 3 || kinds.opensWithLevel(bare) || roles.get(bare).contains(UnitRole.ORGANIZER)) {
                continue;
            }
            List<String> leveled = roles.keySet().stream()
                    .filter(full -> full.length() == bare.length() + 1 && full.endsWith(bare) && kinds.opensWithLevel(full))
                    .toList();
            if (leveled.size() == 1) {
                mergeInto(leveled.get(0), bare, roles, mentions);
            }
        }
    }

    /**
     * 省文旅厅召开…;甘肃省文旅厅邀请…: a unit named by its level and organ (省文旅厅) is a short form of the unit of the
     * record that adds its place (甘肃省文旅厅), one unit under the longer name; not when only the short form
     * convenes (市公安局召开…;冷水江市公安局汇报…: the convenor's own 市 is another city than a participant's).
     */
    private void mergeLevelShortForms(Map<String, Set<UnitRole>> roles, Map<String, List<Span>> mentions) {
        for (String shortForm : List.copyOf(roles.keySet())) {
            if (shortForm.length() < 3 || !kinds.opensWithLevel(shortForm)) {
                continue;
            }
            roles.keySet().stream()
                    .filter(full -> full.length() > shortForm.length() && full.endsWith(shortForm)
                            && kinds.isDivision(full.substring(0, full.length() - shortForm.length() + 1))
                            && (roles.get(full).contains(UnitRole.ORGANIZER)
                                || !roles.get(shortForm).contains(UnitRole.ORGANIZER)))
                    .findFirst()
                    .ifPresent(full -> mergeInto(full, shortForm, roles, mentions));
        }
    }

    /** Moves the roles and mentions of {@code other} to {@code kept}: one unit under {@code kept}'s name. */
    private static void mergeInto(String kept, String other, Map<String, Set<UnitRole>> roles,
                                  Map<String, List<Span>> mentions) {
        roles.get(kept).addAll(roles.remove(other));
        mentions.get(kept).addAll(mentions.remove(other));
    }

    private static void add(String name, UnitKind kind, Span span, UnitRole role, Map<String, Set<UnitRole>> roles,
                            Map<String, UnitKind> kinds, Map<String, List<Span>> mentions) {
        roles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(role);
        kinds.putIfAbsent(name, kind);
        List<Span> spans = mentions.computeIfAbsent(name, k -> new ArrayList<>());
        if (!spans.contains(span)) {
            spans.add(span);
        }
    }

    /**
     * 县财政局、县审计局|分别通报了…, 三河市、固安县、香河县|分会场负责同志通过视频汇报: when {@code last} closes a list
     * (a joiner before it) and its clause goes on, within a few characters and no comma, to a verb of the role rules
     * (attending, speaking), the role each unit of the list took, whatever words for its people stand between (but
     * no named person: the verb is then that person's).
     */
    private Optional<UnitRole> roleAfterList(String text, Mention last, RoleRules.Scan roleScan, BitSet personStarts) {
        if (last.start() < 1 || "、和及".indexOf(text.charAt(last.start() - 1)) < 0) {
            return Optional.empty();
        }
        int clauseEnd = last.end();
        while (clauseEnd < text.length() && clauseEnd - last.end() < MAX_LIST_TO_VERB
                && ",。;:!?\n、".indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        // 市委统战部副部长、市工商联(总商会)党委书记|戴永达出席: the verb is the person's, not the list's
        int persons = personStarts.nextSetBit(last.end());
        Optional<UnitRole> inClause = roleScan.firstMatch(last.end(), clauseEnd)
                .filter(match -> persons < 0 || persons >= match.span().start())
                .flatMap(UnitsBuilder::roleOf);
        if (inClause.isPresent() || clauseEnd >= text.length() || text.charAt(clauseEnd) != ',') {
            return inClause;
        }
        // 县法院、县检察院、县工商联领导,|部分人大代表应邀列席会议: a next group of those present, no one named, shares
        // the list's verb of attending; so do the groups after it (…等县直有关部门,|各乡镇相关负责同志,|以及…参加会议)
        int groupStart = clauseEnd + 1;
        for (int group = 0; group < MAX_SHARING_GROUPS; group++) {
            int end = Sentences.clauseEnd(text, groupStart, group == 0 ? MAX_LIST_TO_VERB : MAX_SHARING_GROUP);
            if (persons >= 0 && persons < end) {
                return Optional.empty();
            }
            Optional<RoleMatch> match = roleScan.firstMatch(groupStart, end);
            if (match.isPresent()) {
                return match.filter(m -> m.rule().roles().contains(PersonRole.ATTENDEE)
                        && !m.rule().roles().contains(PersonRole.HOST)).flatMap(UnitsBuilder::roleOf);
            }
            if (end >= text.length() || text.charAt(end) != ',') {
                return Optional.empty();
            }
            groupStart = end + 1;
        }
        return Optional.empty();
    }

    private Optional<UnitRole> roleAfter(String text, RoleRules.Scan roleScan, UnitTrigger trigger, int after) {
        if (trigger.role() != null) {
            return Optional.of(trigger.role());
        }
        Optional<RoleMatch> match = roleScan.firstMatchOverGroups(after, at -> Sentences.endOf(text, at));
        return match.flatMap(UnitsBuilder::roleOf);
    }

    /**
     * 中国船舶集团、中国电科等8家中央企业主要负责同志通过视频会议系统…谈认识: a counted list of units whose
     * representatives the report names took part, though no verb of attending follows; not when they are told to.
     */
    private Optional<UnitRole> fallbackRole(String text, UnitTrigger trigger, int after) {
        if (trigger.fallback() == null) {
            return Optional.empty();
        }
        Matcher rest = demand.matcher(Deadline.guard(text)).region(after, Sentences.endOf(text, after));
        return rest.lookingAt() ? Optional.empty() : Optional.of(trigger.fallback());
    }

    /** Whether {@code at} lies in the list of a form line whose label says those listed were present (出席:, 列席:). */
    private static boolean onAttendanceLine(FormLines.Reader formReader, int at) {
        return formReader.lineAt(at).filter(line -> line.label().roles().contains(PersonRole.ATTENDEE)).isPresent();
    }

    /** The role a unit takes from a role rule's match: a guest's, a speaker's, else a participant's; none for a mention. */
    private static Optional<UnitRole> roleOf(RoleMatch match) {
        if (match.rule().marksMentionedOnly()) {
            return Optional.empty();
        }
        List<PersonRole> r = match.rule().roles();
        if (r.contains(PersonRole.GUEST)) {
            return Optional.of(UnitRole.GUEST);
        }
        return Optional.of(r.contains(PersonRole.SPEAKER) && !r.contains(PersonRole.ATTENDEE)
                ? UnitRole.SPEAKER : UnitRole.PARTICIPANT);
    }
}
