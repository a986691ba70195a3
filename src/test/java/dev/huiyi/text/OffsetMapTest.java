package dev.huiyi.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The array handed out for copying holds the offsets; a map of its own array hands that out, not a copy. */
class OffsetMapTest {
    @Test
    void anArrayForCopyHoldsTheOffsets() {
        OffsetMap run = OffsetMap.run(3, 4);
        assertThat(run.toArrayForCopy()).containsExactly(3, 4, 5, 6).isEqualTo(run.toArray());
        OffsetMap held = new OffsetMap(new int[]{0, 2, 2, 7});
        assertThat(held.toArrayForCopy()).containsExactly(0, 2, 2, 7).isSameAs(held.toArrayForCopy());
        assertThat(held.toArray()).isNotSameAs(held.toArrayForCopy());
    }
}
