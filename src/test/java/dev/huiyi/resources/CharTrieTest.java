package dev.huiyi.resources;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CharTrieTest {
    private static final List<String> KEYS = List.of("科技部", "科技", "部长", "副部长");

    @Test
    void longestKeyStartingAtAPosition() {
        CharTrie trie = CharTrie.of(KEYS, false);
        String text = "科技部副部长王志刚";
        assertThat(trie.longestAt(text, 0)).isEqualTo(3);
        assertThat(trie.longestAt(text, 3)).isEqualTo(3);
        assertThat(trie.longestAt(text, 4)).isEqualTo(2);
        assertThat(trie.longestAt(text, 6)).isZero();          // 王 starts no key
        assertThat(trie.longestAt(text, text.length())).isZero();
    }

    @Test
    void longestKeyEndingAtAPosition() {
        CharTrie trie = CharTrie.of(KEYS, true);
        String text = "科技部副部长王志刚";
        assertThat(trie.longestEndingAt(text, 3)).isEqualTo(3);
        assertThat(trie.longestEndingAt(text, 2)).isEqualTo(2);
        assertThat(trie.longestEndingAt(text, 6)).isEqualTo(3);
        assertThat(trie.longestEndingAt(text, 7)).isZero();    // 王 ends no key
        assertThat(trie.longestEndingAt(text, 0)).isZero();
    }
}
