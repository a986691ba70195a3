package dev.huiyi.text;

import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Packed spans read back as the spans added, sorted as {@link Span}'s own order sorts them. */
class SpanListTest {
    @Test
    void readsBackTheSpansInTheOrderAdded() {
        SpanList.Builder b = new SpanList.Builder();
        b.add(5, 9).add(0, 2).add(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        SpanList list = b.build();
        assertThat(list).containsExactly(new Span(5, 9), new Span(0, 2), new Span(Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
        assertThat(list).isEqualTo(List.of(new Span(5, 9), new Span(0, 2), new Span(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)));
        assertThatThrownBy(() -> list.add(new Span(1, 2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> b.add(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsAsSpansSort() {
        Random random = new Random(12);
        SpanList.Builder b = new SpanList.Builder();
        List<Span> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int start = random.nextInt(50);
            Span s = new Span(start, start + random.nextInt(5)); // many equal starts: the longer must come first
            b.add(s.start(), s.end());
            expected.add(s);
        }
        expected.sort(null);
        assertThat(b.buildSorted()).isEqualTo(expected);
        assertThat(new SpanList.Builder().buildSorted()).isEmpty();
    }
}
