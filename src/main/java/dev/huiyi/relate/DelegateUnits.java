package dev.huiyi.relate;

import dev.huiyi.api.Span;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.text.Deadline;
import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units a person at the meeting speaks for: 詹伯勤代表|农工党包头市委会|讲话, 邵鹏程书记代表|中共盐城市委、市人大|,向大会
 * 表示祝贺. The congress genre names its guests' bodies this way, and a reader counts each as taking part. The words
 * around the units are data ({@code models/role/delegates.tsv}).
 */
final class DelegateUnits {
    /** How far before 代表 the person's name may end (邵鹏程|书记|代表). */
    private static final int NAME_REACH = 4;
    /** How long the units between 代表 and the act may run. */
    private static final int MAX_UNITS = 60;
    private final Pattern behalf;
    private final Pattern act;
    private final Pattern ownCommittee;
    private final UnitKinds kinds;

    private DelegateUnits(Pattern behalf, Pattern act, Pattern ownCommittee, UnitKinds kinds) {
        this.behalf = behalf;
        this.act = act;
        this.ownCommittee = ownCommittee;
        this.kinds = kinds;
    }

    static DelegateUnits load(ModelSource models, UnitKinds kinds) {
        KeyedValues rules = KeyedValues.read(models.read("role/delegates.tsv"), "models/role/delegates.tsv");
        return new DelegateUnits(rules.regex("behalf"), rules.regex("act"), rules.regex("own_committee"), kinds);
    }

    /** The spans of the units people speak for, in text order. */
    List<Span> find(String text, List<Mention> persons) {
        // a bit per character where a name ends: a scan of all names per 代表 was quadratic in a list of delegates
        BitSet nameEnds = new BitSet(text.length() + 1);
        persons.forEach(p -> nameEnds.set(p.end()));
        List<Span> units = new ArrayList<>();
        Matcher b = behalf.matcher(Deadline.guard(text));
        while (b.find()) {
            int nameEnd = nameEnds.previousSetBit(b.start());
            if (nameEnd >= 0 && nameEnd >= b.start() - NAME_REACH) {
                units.addAll(itemsBeforeAct(text, b.end()));
            }
        }
        return units;
    }

    /** The 、-separated units from {@code from} to the act that closes them, or none when any item is no unit. */
    private List<Span> itemsBeforeAct(String text, int from) {
        Matcher a = act.matcher(Deadline.guard(text));
        int limit = Math.min(text.length(), from + MAX_UNITS);
        for (int end = from + 2; end <= limit; end++) {
            if ("。;:\n".indexOf(text.charAt(end - 1)) >= 0) {
                return List.of();
            }
            a.region(end, text.length());
            if (!a.lookingAt()) {
                continue;
            }
            List<Span> items = new ArrayList<>();
            int start = from;
            for (int i = from; i <= end; i++) {
                if (i == end || text.charAt(i) == '、') {
                    String name = text.substring(start, i);
                    if (!kinds.endsLikeUnit(name) || kinds.isBareHead(name) || kinds.isGeneric(name)
                            || kinds.hasStopWord(name) || ownCommittee.matcher(name).find()) {
                        break;
                    }
                    items.add(new Span(start, i));
                    start = i + 1;
                }
            }
            // every item a unit, or the act belongs to something else (代表|第三届委员会所作的报告 stops earlier)
            if (!items.isEmpty() && items.get(items.size() - 1).end() == end) {
                return items;
            }
        }
        return List.of();
    }
}
