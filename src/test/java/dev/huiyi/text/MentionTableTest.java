package dev.huiyi.text;

import dev.huiyi.api.MentionType;
import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A table gives back mentions equal to those put in, whatever their values and surfaces, and edits as a list. */
class MentionTableTest {
    private static final String TEXT = "2024年3月5日,市长张三在北京主持会议。";

    private static List<Mention> sample() {
        return List.of(
                Mention.in(TEXT, MentionType.DATE, 0, 9, "2024-03-05", "date:ymd", 1.0),
                Mention.in(TEXT, MentionType.TITLE, 10, 12, "title:post", 0.9),
                Mention.in(TEXT, MentionType.PERSON, 12, 14, "person:after-post", 0.9),
                Mention.in(TEXT, MentionType.PERSON, 12, 14, null, "person:odd", 0.5), // a value of null
                new Mention(MentionType.PLACE, new Span(15, 17), "北京", "北京市", "place:gazetteer", 0.8),
                // a surface that is not the text at its offsets: kept as given
                new Mention(MentionType.SLOGAN, new Span(17, 19), "两个", "两个", "slogan:quoted", 0.9));
    }

    @Test
    void readsBackEqualMentions() {
        MentionTable table = new MentionTable(TEXT);
        table.addAll(sample());
        assertThat(table).containsExactlyElementsOf(sample());
        assertThat(table.get(3).value()).isNull();
        assertThat(table.get(5).surface()).isEqualTo("两个");
        assertThat(table.get(4).value()).isEqualTo("北京市");
        assertThat(table.start(2)).isEqualTo(12);
        assertThat(table.confidence(1)).isEqualTo(0.9);
        assertThat(table.type(0)).isEqualTo(MentionType.DATE);
        assertThatThrownBy(() -> table.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.add(Mention.in("x".repeat(40), MentionType.PERSON, 30, 32, "p", 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editsAsAList() {
        MentionTable table = new MentionTable(TEXT);
        table.addAll(sample());
        List<Mention> expected = new ArrayList<>(sample());
        Mention replacement = Mention.in(TEXT, MentionType.PERSON, 12, 14, "person:repeat", 0.7);
        table.set(2, replacement);
        expected.set(2, replacement);
        table.remove(0);
        expected.remove(0);
        table.removeIf(m -> m.type() == MentionType.PLACE);
        expected.removeIf(m -> m.type() == MentionType.PLACE);
        assertThat(table).containsExactlyElementsOf(expected);
        MentionTable copy = new MentionTable(TEXT);
        copy.addAll(table); // columns to columns
        assertThat(copy).isEqualTo(expected);
        assertThat(table.rows(new int[]{3, 0})).containsExactly(expected.get(3), expected.get(0));
        MentionTable persons = table.ofTypes(Set.of(MentionType.PERSON));
        assertThat(persons).isNotSameAs(table)
                .containsExactlyElementsOf(expected.stream().filter(m -> m.type() == MentionType.PERSON).toList());
        assertThat(persons.ofTypes(Set.of(MentionType.PERSON))).isSameAs(persons); // nothing to leave out: no copy
    }

    @Test
    void sortsBySpanStablyAsListSortDoes() {
        List<Mention> mentions = new ArrayList<>(sample());
        java.util.Collections.reverse(mentions);
        mentions.add(Mention.in(TEXT, MentionType.UNIT, 12, 16, "unit:x", 0.8));
        MentionTable table = new MentionTable(TEXT);
        table.addAll(mentions);
        table.sortBySpan();
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        assertThat(table).containsExactlyElementsOf(mentions);
    }
}
