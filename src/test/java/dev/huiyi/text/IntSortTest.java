package dev.huiyi.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The index sort orders as a stable sort of boxed indexes does. */
class IntSortTest {
    @Test
    void sortsStablyAsListSortDoes() {
        Random random = new Random(7);
        for (int n : new int[]{0, 1, 2, 3, 17, 1000}) {
            int[] keys = random.ints(n, 0, 10).toArray(); // many ties
            int[] sorted = IntSort.identity(n);
            IntSort.stable(sorted, (a, b) -> Integer.compare(keys[a], keys[b]));
            Integer[] boxed = Arrays.stream(IntSort.identity(n)).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.comparingInt(i -> keys[i])); // stable for objects
            assertThat(sorted).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        }
    }
}
