package dev.huiyi.recognize.unit;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.Scripts;
import dev.huiyi.api.UnitKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of unit a name is, and whether a string ends like a unit at all (head noun, gazetteer, 市/县/区). */
public final class UnitKinds {
    /** An area's level and organ that a list's next item may share with a bare name before it (unit/grammar.tsv). */
    /** A label before a list item's name (成员单位|X): unit/grammar.tsv item_label. */
    private final Pattern itemLabel;
    /** The post of a unit's head closing a list item (市中级人民法院|院长): unit/grammar.tsv item_head_post. */
    private final Pattern itemHeadPost;
    /** 等 with a count of units closing a list (等22家参会企业): unit/grammar.tsv counted_closer. */
    private final Pattern countedCloser;
    /** 等 and a kind of organisation closing a list's last item (港城路灯|等权属公司): grammar.tsv kind_etc. */
    private final Pattern kindEtc;
    /** The level words that open a unit named by its level and organ (市财政局, 县农商行): unit/grammar.tsv level_words. */
    private final String levelWords;
    private final Pattern sharedHead;
    private final UnitLexicon lexicon;
    private final Pattern administrative;
    private final Pattern partyOrgan;
    private final Pattern runningText;
    private final Pattern countedEtc;
    private final Pattern countOfUnits;
    private final Pattern partyPrefix;
    private final Pattern departmentHead;
    private final Pattern officeHead;
    /** What may open a list item that names a kind of business (辖区内|食品生产销售): grammar.tsv sector_modifier. */
    private final Pattern sectorModifier;

    public UnitKinds(UnitLexicon lexicon) {
        this.lexicon = lexicon;
        this.administrative = lexicon.grammar().regex("administrative");
        this.partyOrgan = lexicon.grammar().regex("party_organ");
        this.runningText = lexicon.grammar().regex("running_text_in_name");
        this.countedEtc = lexicon.grammar().regex("counted_etc");
        this.countOfUnits = lexicon.grammar().regex("count_of_units");
        this.partyPrefix = lexicon.grammar().regex("party_prefix");
        this.sharedHead = lexicon.grammar().regex("shared_head");
        this.itemLabel = lexicon.grammar().regex("item_label");
        this.itemHeadPost = lexicon.grammar().regex("item_head_post");
        this.countedCloser = lexicon.grammar().regex("counted_closer");
        this.kindEtc = lexicon.grammar().regex("kind_etc");
        this.levelWords = lexicon.grammar().text("level_words");
        this.departmentHead = lexicon.grammar().regex("department_head");
        this.officeHead = lexicon.grammar().regex("office_head");
        this.sectorModifier = lexicon.grammar().regex("sector_modifier");
    }

    /**
     * Whether {@code name} is a department's name (财务科, 质量控制科, 审计股: grammar.tsv department_head) of three
     * characters or more: no unit alone, but an item of a list of units.
     */
    public boolean endsLikeDepartment(String name) {
        return name.length() >= 3 && departmentHead.matcher(Deadline.guard(name)).find()
                && lexicon.notEndings().longestEndingAt(name, name.length()) == 0;
    }

    /**
     * Whether {@code name} names a kind of business or trade, not a unit (非煤矿山, 危险化学品, 辖区内食品生产销售,
     * 网络餐饮, 保险): after a modifier, the words of unit/sectors.tsv cover it whole.
     */
    public boolean isSector(String name) {
        Matcher modifier = sectorModifier.matcher(Deadline.guard(name));
        int at = modifier.lookingAt() ? modifier.end() : 0;
        if (at == name.length()) {
            return false;
        }
        while (at < name.length()) {
            int len = lexicon.sectors().longestAt(name, at);
            if (len == 0) {
                return false;
            }
            at += len;
        }
        return true;
    }

    /** Whether {@code name} ends like one of a body's internal offices (学生处, 财务科, 党政办, 信息中心). */
    public boolean endsLikeOffice(String name) {
        return name.length() >= 3 && officeHead.matcher(Deadline.guard(name)).find();
    }

    /** The gazetteer's kind for a known unit; otherwise the kind of its longest head noun; 鼓楼区 is GOVERNMENT. */
    public UnitKind kindOf(String name) {
        if (partyOrgan.matcher(Deadline.guard(name)).find() && !name.contains("人大") && !name.contains("政协")) {
            return UnitKind.PARTY; // 中央组织部干部四局, 吉林省委办公厅: offices of party organs
        }
        return lexicon.gazetteer().get(name).orElseGet(() -> {
            int len = lexicon.suffixes().longestEndingAt(name, name.length());
            if (len == 0) {
                return administrative.matcher(Deadline.guard(name)).matches() ? UnitKind.GOVERNMENT : UnitKind.OTHER;
            }
            return lexicon.suffixes().get(name.substring(name.length() - len)).orElse(UnitKind.OTHER);
        });
    }

    /** Whether {@code name} ends with a unit head noun, is a known unit, or is an administrative area. */
    public boolean endsLikeUnit(String name) {
        return endsWithHeadNoun(name) || administrative.matcher(Deadline.guard(name)).matches();
    }

    /** Whether {@code name} is a known unit or ends with a unit head noun (an area alone, 华容县, does not). */
    public boolean endsWithHeadNoun(String name) {
        return lexicon.gazetteer().contains(name)
                || (lexicon.suffixes().longestEndingAt(name, name.length()) > 0
                    && lexicon.notEndings().longestEndingAt(name, name.length()) == 0);
    }

    /**
     * Whether a bare name of {@code bareLength} characters before {@code next} in a 、-list shares its head: the next
     * item is a name of the same length and then an area's level or organ (东园、|南屿|街道党工委: 东园 is 东园街道).
     */
    public boolean sharesHeadOf(int bareLength, String next) {
        return next.length() > bareLength + 1 && endsLikeUnit(next)
                && sharedHead.matcher(Deadline.guard(next)).region(bareLength, next.length()).lookingAt();
    }

    /** Where a label opening a list item ends ({@code 成员单位}|柳州市工商局鱼峰分局), or 0 when none does. */
    public int itemLabelEnd(String name) {
        Matcher m = itemLabel.matcher(Deadline.guard(name));
        return m.lookingAt() && m.end() < name.length() ? m.end() : 0;
    }

    /**
     * Where the post of a unit's head closing a list item starts (市人民检察院|检察长), or -1: only when what stands
     * before it ends like a unit.
     */
    public int itemHeadPostStart(String name) {
        Matcher m = itemHeadPost.matcher(Deadline.guard(name));
        return m.find() && m.start() >= 3 && endsLikeUnit(name.substring(0, m.start())) ? m.start() : -1;
    }

    /** Whether {@code [start, end)} of {@code text} opens with 等 and a count of units (等22家参会企业, 等9家银行). */
    public boolean isCountedCloser(String text, int start, int end) {
        // transparent: a closer may look past the trigger's end at what the list's units do (…等权属公司|分别就…)
        return countedCloser.matcher(Deadline.guard(text)).region(start, end).useTransparentBounds(true).lookingAt();
    }

    /** Whether {@code tail} (from a 等 to the item's end) names the kind of the list's units (等权属公司, 等企业). */
    public boolean isKindEtc(String tail) {
        return kindEtc.matcher(Deadline.guard(tail)).matches();
    }

    /**
     * Whether an item of a list closed by a count of units can be a unit's short name (三机特车, 天门农商行, 工行): two
     * to twelve Han characters (a bracketed place kept), no running text, no generic word.
     */
    public boolean namesUnitOfCountedList(String name) {
        if (name.length() < 2 || name.length() > 12 || isGeneric(name) || readsAsRunningText(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Scripts.isHan(c) && c != '(' && c != ')') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [start, end)} of {@code text} is a head's post closing a unit's name (检察长 after 检察院). */
    public boolean isHeadPost(String text, int start, int end) {
        Matcher m = itemHeadPost.matcher(Deadline.guard(text)).region(start, end).useTransparentBounds(true);
        return m.lookingAt() && m.end() == end;
    }

    /** Whether {@code name} is nothing but a head noun (检察院, 人民政府): no unit's name, a collective's tail. */
    public boolean isBareHead(String name) {
        return !lexicon.gazetteer().contains(name) && lexicon.suffixes().longestEndingAt(name, name.length()) == name.length();
    }

    /**
     * Whether a stop word of the unit grammar (在, 会议, 的, 召开…) occurs in {@code name}, other than at the start of a
     * head noun that opens with one (文学艺术界|联合会).
     */
    public boolean hasStopWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            int division = lexicon.fullDivisions().longestAt(name, i);
            if (division > 1) {
                i += division - 1; // 和平区, 和顺县: a division's full name holds no stop word (和 is no joiner there)
                continue;
            }
            int stop = lexicon.stops().longestAt(name, i);
            if (stop > 0 && lexicon.suffixes().longestAt(name, i) <= stop) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} holds words of running text no unit's name holds (讨论了一届区委; unit/grammar.tsv). */
    public boolean readsAsRunningText(String name) {
        return runningText.matcher(Deadline.guard(name)).find();
    }

    /** Whether {@code name} holds a count of units (18家物业公司, 广西14个市): a number of units, not one. */
    public boolean isCountOfUnits(String name) {
        return countOfUnits.matcher(Deadline.guard(name)).find();
    }

    /** Where a 等 with a count closing a list starts in {@code name} (富力海洋社区|等10个市), or -1 (unit/grammar.tsv). */
    public int countedEtcAt(String name) {
        Matcher m = countedEtc.matcher(Deadline.guard(name));
        return m.find() ? m.start() : -1;
    }

    /** {@code name} without the party's prefix of the organ it was cut from (中共|湘江师范学院纪律检查委员会 → 湘江师范学院). */
    public String withoutPartyPrefix(String name) {
        Matcher m = partyPrefix.matcher(Deadline.guard(name));
        return m.lookingAt() && m.end() < name.length() ? name.substring(m.end()) : name;
    }

    /**
     * Whether {@code name} is a unit of the gazetteer that no level of the state stands for (工行, 民盟): 人大 or 政协
     * alone in a list may be a body only mentioned (人大、政协、法院负责同志).
     */
    public boolean isKnownNonState(String name) {
        return lexicon.gazetteer().get(name)
                .filter(k -> k == UnitKind.ENTERPRISE || k == UnitKind.INSTITUTION || k == UnitKind.OTHER).isPresent();
    }

    /** Length of the longest gazetteer unit opening {@code name} (民盟|乐清市, 九三学社|台州市), or 0. */
    public int gazetteerUnitAt(String name) {
        return lexicon.gazetteer().longestAt(name, 0);
    }

    /**
     * Whether {@code name} opens with a proper name: a division (江西|师范大学, 常州市|第二十四中学), a place or a unit the
     * lexicons know (中国|科学技术大学). A reading that opens with a common word (年度|学院, 二级|学院) names no one body.
     */
    public boolean opensWithProperName(String name) {
        if (lexicon.fullDivisions().longestAt(name, 0) > 0 || lexicon.places().longestAt(name, 0) > 0
                || lexicon.gazetteer().longestAt(name, 0) > 0) {
            return true;
        }
        for (int end = 2; end <= Math.min(name.length() - 1, MAX_DIVISION_PREFIX); end++) {
            if (lexicon.divisions().contains(name.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** How long a division's name opening a unit's name may be (内蒙古自治区 is six). */
    private static final int MAX_DIVISION_PREFIX = 8;

    /** Whether {@code name} opens with a level word (市|财政局, 省|文旅厅, 县|农商行). */
    public boolean opensWithLevel(String name) {
        return !name.isEmpty() && levelWords.indexOf(name.charAt(0)) >= 0;
    }

    /** Whether {@code name} is a division of the country, with or without its level word (佛山, 佛山市). */
    public boolean isDivision(String name) {
        return lexicon.divisions().contains(name);
    }

    /** Whether {@code name} is a generic collective (各…, 有关…, 部机关…, 部有关司局, 委机关各司局). */
    public boolean isGeneric(String name) {
        return lexicon.genericPrefixes().stream().anyMatch(name::startsWith)
                || name.contains("各") || name.contains("有关") || name.contains("相关");
    }
}
