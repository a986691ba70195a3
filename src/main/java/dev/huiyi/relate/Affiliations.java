package dev.huiyi.relate;

import org.apache.commons.lang3.StringUtils;

import dev.huiyi.recognize.title.PostNote;
import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.recognize.unit.UnitKinds;

/**
 * The unit a person's titles name, the contract's {@code affiliation}: a title without the post that ends it, when
 * what is left reads as a unit (组织部部长 → 组织部, 县委副书记 → 县委, 教育部党组书记 → 教育部党组,
 * 中央纪委国家监委驻科技部纪检监察组组长 → 中央纪委国家监委驻科技部纪检监察组). A post alone (副市长) names none; a unit
 * only implied (the ministry of a bare 部长) is not guessed.
 */
final class Affiliations {
    /** A unit's name has two characters at least (县委). */
    private static final int MIN_UNIT = 2;
    /** What a title holding a list of bodies has (市工商联、市总商会副会长): no single unit's. */
    private static final String LIST_MARKS = "、,";
    private final TitleLexicon titles;
    private final UnitKinds kinds;

    Affiliations(TitleLexicon titles, UnitKinds kinds) {
        this.titles = titles;
        this.kinds = kinds;
    }

    /** The unit the first title that names one opens with, or null. */
    String of(Iterable<String> personTitles) {
        for (String whole : personTitles) {
            // 社区党委书记兼社区主任: the first post's unit; a title holding a list (A、B主任) names no single unit
            // 区工商联主席(会长): the post before the note
            String title = PostNote.stripped(StringUtils.substringBefore(whole, '兼'));
            if (StringUtils.containsAny(title, LIST_MARKS)) {
                continue;
            }
            int post = titles.postEndingAt(title, title.length());
            String rest = title.substring(0, title.length() - post);
            if (post > 0 && rest.length() >= MIN_UNIT && (kinds.endsLikeUnit(rest) || kinds.isDivision(rest))) {
                return rest;
            }
        }
        return null;
    }
}
