package dev.huiyi.resources;

import java.util.Arrays;
import java.util.Collection;

/**
 * The keys of a lexicon as a trie of chars, read forwards (longest key starting at a position) or backwards
 * (longest key ending at a position), without building a string per candidate length. Immutable once built.
 */
final class CharTrie {
    private final Node root = new Node();
    /**
     * The root's characters as a bit set: most text positions start (or end) no key, and one bit test rules
     * them out where a binary search over the root's many children would not.
     */
    private final long[] rootChars = new long[(Character.MAX_VALUE + 1) / 64];

    private CharTrie() {
    }

    /** A trie of the keys, reversed when {@code backwards}. */
    static CharTrie of(Collection<String> keys, boolean backwards) {
        CharTrie trie = new CharTrie();
        for (String key : keys) {
            Node node = trie.root;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrAdd(key.charAt(backwards ? key.length() - 1 - i : i));
            }
            node.terminal = true;
            if (!key.isEmpty()) {
                char first = key.charAt(backwards ? key.length() - 1 : 0);
                trie.rootChars[first >>> 6] |= 1L << (first & 63);
            }
        }
        return trie;
    }

    /** Length of the longest key that starts at {@code from}, or 0. */
    int longestAt(CharSequence text, int from) {
        if (from >= text.length() || !isRootChar(text.charAt(from))) {
            return 0;
        }
        Node node = root;
        int best = 0;
        for (int i = from; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                best = i - from + 1;
            }
        }
        return best;
    }

    /** Length of the longest key that ends at {@code end} (exclusive), or 0 (for a trie built backwards). */
    int longestEndingAt(CharSequence text, int end) {
        if (end <= 0 || !isRootChar(text.charAt(end - 1))) {
            return 0;
        }
        Node node = root;
        int best = 0;
        for (int i = end - 1; i >= 0; i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                best = end - i;
            }
        }
        return best;
    }

    private boolean isRootChar(char c) {
        return (rootChars[c >>> 6] & (1L << (c & 63))) != 0;
    }

    /** Children in sorted parallel arrays, found by binary search. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private boolean terminal;

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node childOrAdd(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newKeys[insert] = c;
            Node node = new Node();
            newChildren[insert] = node;
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            keys = newKeys;
            children = newChildren;
            return node;
        }
    }
}
