package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.api.UnitRole;
import dev.huiyi.recognize.title.PostNote;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units that took part through a named person: 宁波市漳州商会会长|谢益强参加, 航天科工党组书记、董事长|岑浩…先后发言. The
 * unit is the person's affiliation (read from the titles), when it is a body people attend a meeting for — a company,
 * an association, a court, a bureau, a democratic party's committee, a village — and not an area's leading organ
 * (县委书记, 区政协主席) or a department inside one. The shapes are data ({@code models/role/represented.tsv}).
 */
final class RepresentedUnits {
    /** How far the name may stand after its title (…商会会长|谢益强, …董事长|、总经理|岑浩). */
    private static final int TITLE_TO_NAME = 12;
    /**
     * A unit a person stands for has a name of four characters at least: a shorter one (县文联, 枫溪村) reads too often
     * as a bare head with a prefix to tell.
     */
    private static final int MIN_NAME = 4;
    private final Pattern heads;
    private final Pattern parties;
    private final Pattern notPosts;
    private final Pattern former;
    private final Pattern bare;
    private final Pattern partyOrgan;
    private final Pattern gazetteerKinds;
    private final UnitKinds kinds;

    /** One unit found, where its name stands in a title, and the part its person took. */
    record Found(String name, Span span, UnitRole role) {
    }

    private RepresentedUnits(Pattern heads, Pattern parties, Pattern notPosts, Pattern former, Pattern bare,
                             Pattern partyOrgan, Pattern gazetteerKinds, UnitKinds kinds) {
        this.heads = heads;
        this.parties = parties;
        this.notPosts = notPosts;
        this.former = former;
        this.bare = bare;
        this.partyOrgan = partyOrgan;
        this.gazetteerKinds = gazetteerKinds;
        this.kinds = kinds;
    }

    static RepresentedUnits load(ModelSource models, UnitKinds kinds) {
        KeyedValues rules = KeyedValues.read(models.read("role/represented.tsv"), "models/role/represented.tsv");
        return new RepresentedUnits(rules.regex("heads"), rules.regex("parties"), rules.regex("not_posts"),
                rules.regex("former"), rules.regex("bare"), rules.regex("party_organ"), rules.regex("gazetteer_kinds"),
                kinds);
    }

    List<Found> find(String text, List<PersonFacts> people, List<Span> personSpans) {
        List<Found> found = new ArrayList<>();
        for (PersonFacts p : people) {
            String unit = p.affiliation() == null ? null : withoutPartyOrgan(p.affiliation());
            if (!p.present() || unit == null || !standsFor(unit)) {
                continue;
            }
            for (String title : p.titles()) {
                // 区工商联主席(会长): the post after the unit, without the note that closes it
                if (!title.startsWith(unit)
                        || notPosts.matcher(PostNote.stripped(title.substring(unit.length()))).matches()) {
                    continue;
                }
                Span at = titleBefore(text, title, p.mentions());
                if (at != null && personSpans.stream().noneMatch(s -> s.overlaps(at))) {
                    found.add(new Found(unit, new Span(at.start(), at.start() + unit.length()), roleOf(p)));
                }
                break; // the first title naming the unit decides, as it decides the affiliation
            }
        }
        return found;
    }

    /** 航天科工党组 → 航天科工: the body a party organ sits in is what took part. */
    private String withoutPartyOrgan(String affiliation) {
        Matcher m = partyOrgan.matcher(affiliation);
        return m.find() ? affiliation.substring(0, m.start()) : affiliation;
    }

    private boolean standsFor(String unit) {
        boolean wellFormed = unit.length() >= MIN_NAME && !former.matcher(unit).lookingAt()
                && !bare.matcher(unit).matches() && !kinds.isGeneric(unit) && !kinds.hasStopWord(unit)
                && !kinds.readsAsRunningText(unit);
        boolean attendedFor = heads.matcher(unit).find() || parties.matcher(unit).lookingAt()
                || kinds.gazetteerUnitAt(unit) == unit.length()
                && gazetteerKinds.matcher(kinds.kindOf(unit).name()).matches();
        return wellFormed && attendedFor;
    }

    /** The title where it stands right before one of the person's mentions, or null. */
    private static Span titleBefore(String text, String title, List<Span> mentions) {
        for (Span m : mentions) {
            int from = text.lastIndexOf(title, m.start() - title.length());
            if (from >= 0 && m.start() - (from + title.length()) <= TITLE_TO_NAME) {
                return new Span(from, from + title.length());
            }
        }
        return null;
    }

    private static UnitRole roleOf(PersonFacts p) {
        if (p.roles().contains(PersonRole.SPEAKER)) {
            return UnitRole.SPEAKER;
        }
        return p.roles().contains(PersonRole.GUEST) ? UnitRole.GUEST : UnitRole.PARTICIPANT;
    }
}
