package dev.huiyi.relate;

import dev.huiyi.api.MentionType;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions of some types, in text order. Of a {@link MentionTable} a table again: a list of its mentions would
 * make an object of each (a hostile list of names has a person every three characters).
 */
final class TypedMentions {
    private TypedMentions() {
    }

    static List<Mention> of(List<Mention> mentions, MentionType type, MentionType... more) {
        Set<MentionType> types = EnumSet.of(type, more);
        if (mentions instanceof MentionTable table) {
            return table.ofTypes(types);
        }
        return mentions.stream().filter(m -> types.contains(m.type())).toList();
    }
}
