package dev.huiyi.relate;

import dev.huiyi.api.Span;
import dev.huiyi.text.Deadline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the text names a present person again by surname and post alone (巫振华 … 副县长 → 巫副县长指出): the short
 * repeat is that person's, so a lead-in after it (巫副县长指出,…) has a speaker. Read only when one person of the
 * record owns the surname-and-post pair; two 王 who are both 局长 leave 王局长 to no one.
 */
final class ShortRepeats {
    /** The shortest post a repeat may carry (长 alone is no post). */
    private static final int MIN_POST = 2;

    private ShortRepeats() {
    }

    /** The short repeats of {@code persons}' names in {@code text}, each as a subject of that person. */
    static List<KeyPointExtractor.Subject> find(String text, List<PersonFacts> persons) {
        Map<String, String> ownerOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (PersonFacts p : persons) {
            if (!p.present() || p.name().length() < 2) {
                continue;
            }
            String surname = p.name().substring(0, 1);
            for (String title : p.titles()) {
                for (int from = 0; from <= title.length() - MIN_POST; from++) {
                    String repeat = surname + title.substring(from);
                    String before = ownerOf.putIfAbsent(repeat, p.name());
                    if (before != null && !before.equals(p.name())) {
                        shared.add(repeat);
                    }
                }
            }
        }
        shared.forEach(ownerOf::remove);
        // keyed by surname, so the text is read once, not once per surname-and-post pair
        Map<Character, List<String>> repeatsBySurname = new HashMap<>();
        ownerOf.forEach((repeat, name) -> {
            if (!repeat.startsWith(name)) { // 王志刚 + 刚部长: a name's own characters are no surname and post
                repeatsBySurname.computeIfAbsent(repeat.charAt(0), c -> new ArrayList<>()).add(repeat);
            }
        });
        List<KeyPointExtractor.Subject> found = new ArrayList<>();
        if (repeatsBySurname.isEmpty()) {
            return found;
        }
        BitSet surnames = new BitSet(Character.MAX_VALUE + 1); // a char test before the map: no boxing per character
        repeatsBySurname.keySet().forEach(c -> surnames.set(c));
        for (int at = 0; at < text.length(); at++) {
            if (!surnames.get(text.charAt(at))) {
                continue;
            }
            List<String> repeats = repeatsBySurname.get(text.charAt(at));
            Deadline.check();
            for (String repeat : repeats) {
                if (text.startsWith(repeat, at)) {
                    found.add(new KeyPointExtractor.Subject(ownerOf.get(repeat), new Span(at, at + repeat.length())));
                }
            }
        }
        return found;
    }
}
