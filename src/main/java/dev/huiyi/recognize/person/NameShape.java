package dev.huiyi.recognize.person;

import dev.huiyi.recognize.TextChars;
import dev.huiyi.resources.Lexicon;

import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads a person name at a position: a known surname (compound first) plus one or two given-name characters,
 * or a minority name with a middle dot (买买提·艾力). The reading must be followed by a boundary.
 */
final class NameShape {
    private final Lexicon<Boolean> surnames;
    /** Attested surnames that are also common words (和, 经, 山): they start a name only where a structure asks for one. */
    private final Lexicon<Boolean> rareSurnames;
    /**
     * Every attested surname, also those HanLP's corpus sees mostly in other roles (虎, 锁, 纳): only a name that a post
     * and punctuation enclose may open with one of these.
     */
    private final Lexicon<Boolean> attestedSurnames;
    /** Attested surnames that are verbs or prepositions right after a post (副会长|有|冯锐): no enclosed name opens with one. */
    private final Set<Character> notOpeningEnclosed;
    private final Set<Character> notInName;
    /** Characters of not_in_name.tsv that a name a post and punctuation enclose may hold (会长|聂以衡|,): {@code enclosed}. */
    private final Set<Character> inEnclosedName;
    /** Characters of not_in_name.tsv that may stand in the middle of a three-character name (杨|作|芬): {@code middle}. */
    private final Set<Character> middleOfName;
    private final Set<String> stopNames;

    /** Surname-less names (Tibetan, Mongolian) run from three to six characters. */
    private static final int MIN_SURNAMELESS = 3;
    /** The shortest name of any kind (索南, 朝鲁 before a boundary word). */
    private static final int MIN_NAME = 2;
    /** How many characters the part after a name's dot may hold (阿不都热合曼 is six). */
    private static final int MAX_AFTER_DOT = 7;
    /** How long the part before the first dot may be, hyphens included (让-皮埃尔). */
    private static final int MAX_BEFORE_DOT = 6;
    /** How many dots a name may hold (费尔南多·德·拉·罗萨). */
    private static final int MAX_DOTS = 3;
    private static final int MAX_SURNAMELESS = 6;
    private final Set<String> surnamelessStarts;
    private final Set<Character> surnamelessFirstChars;
    /** Head nouns that close a unit's abbreviation and no name (余江|区, 安稳|办, 文化|局): person/not_name_endings.tsv. */
    private final Set<Character> notNameEndings;
    /** Characters of not_in_name.tsv that a transliterated name may hold (额尔敦满都拉): marked {@code given}. */
    private final Set<Character> notInGivenNameOnly;

    NameShape(Lexicon<Boolean> surnames, Lexicon<Boolean> rareSurnames, Lexicon<Boolean> attestedSurnames,
              Set<Character> notInName, Set<String> stopNames, Set<String> surnamelessStarts,
              Set<Character> notNameEndings, Set<Character> notInGivenNameOnly, Set<Character> notOpeningEnclosed,
              Set<Character> inEnclosedName, Set<Character> middleOfName) {
        this.middleOfName = Set.copyOf(middleOfName);
        this.notOpeningEnclosed = Set.copyOf(notOpeningEnclosed);
        this.inEnclosedName = Set.copyOf(inEnclosedName);
        this.attestedSurnames = attestedSurnames;
        this.notInGivenNameOnly = Set.copyOf(notInGivenNameOnly);
        this.surnames = surnames;
        this.rareSurnames = rareSurnames;
        this.notInName = notInName;
        this.stopNames = stopNames;
        this.surnamelessStarts = Set.copyOf(surnamelessStarts);
        this.surnamelessFirstChars = surnamelessStarts.stream().map(w -> w.charAt(0))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.notNameEndings = Set.copyOf(notNameEndings);
    }

    /** Whether {@code name} ends with a unit's head noun (余江区, 安稳办): a unit read as a surname and a given name. */
    boolean endsLikeAUnit(String name) {
        return name.indexOf('·') < 0 && !name.isEmpty() && notNameEndings.contains(name.charAt(name.length() - 1));
    }

    /** Length of the name at {@code start} whose end satisfies {@code boundaryAt}, longest first; empty if none. */
    Optional<Integer> readAt(String text, int start, IntPredicate boundaryAt) {
        return readAt(text, start, boundaryAt, false);
    }

    /**
     * As {@link #readAt(String, int, IntPredicate)}; {@code structured}: the position is one where the genre's
     * structure asks for a name (after a post, an item of a list of names), so a rare surname may start it too.
     */
    Optional<Integer> readAt(String text, int start, IntPredicate boundaryAt, boolean structured) {
        Optional<Integer> dotted = dottedAt(text, start, boundaryAt);
        if (dotted.isPresent()) {
            return dotted;
        }
        int surname = surnames.longestAt(text, start);
        if (structured) {
            surname = Math.max(surname, rareSurnames.longestAt(text, start));
        }
        if (surname == 0) {
            return surnamelessAt(text, start, boundaryAt);
        }
        // 巴图孟和, (巴 is a surname too, and 和 a boundary word): a surname-less name that punctuation closes is the
        // longer, surer reading.
        Optional<Integer> whole = surnamelessAt(text, start, end -> end >= text.length() || TextChars.isBreak(text.charAt(end)));
        if (whole.isPresent() && whole.get() > surname + 2 && !endsInBoundaryWord(start, whole.get(), boundaryAt)) {
            return whole;
        }
        for (int given = 2; given >= 1; given--) {
            int end = start + surname + given;
            if (end > text.length() || !givenNameChars(text, start + surname, end)) {
                continue;
            }
            String name = text.substring(start, end);
            if (!stopNames.contains(name) && boundaryAt.test(end)) {
                return Optional.of(end - start);
            }
        }
        return surnamelessAt(text, start, boundaryAt); // 达 is a surname too: 达瓦次仁
    }

    /**
     * 达瓦次仁, 额尔敦毕力格, 巴特尔: three to six characters opening with a known syllable of surname-less names
     * (person/name_starts.tsv), the longest that ends at a boundary.
     */
    private Optional<Integer> surnamelessAt(String text, int start, IntPredicate boundaryAt) {
        if (start >= text.length() || !surnamelessFirstChars.contains(text.charAt(start))) {
            return Optional.empty(); // asked at most positions of a report: no substring unless it may be one
        }
        boolean known = false;
        for (int syllable = 2; syllable <= 3 && start + syllable <= text.length(); syllable++) {
            known = known || surnamelessStarts.contains(text.substring(start, start + syllable));
        }
        if (!known) {
            return Optional.empty();
        }
        for (int len = MAX_SURNAMELESS; len >= MIN_SURNAMELESS; len--) {
            int end = start + len;
            // 额尔敦满都拉: a transliterated name may hold characters no Han given name has (都)
            if (end <= text.length() && transliteratedChars(text, start, end) && boundaryAt.test(end)
                    && !endsInBoundaryWord(start, len, boundaryAt)) {
                return Optional.of(len);
            }
        }
        return Optional.empty();
    }

    /**
     * 萨仁高娃|主持, 扎西多吉|院士, 索南|主持会议: a reading whose last two or more characters are a boundary word or a
     * post that a shorter reading (of two characters or more) ends before is that shorter name and what follows it
     * (巴图孟|和 is one character: kept whole).
     */
    private static boolean endsInBoundaryWord(int start, int len, IntPredicate boundaryAt) {
        for (int shorter = MIN_NAME; shorter <= len - 2; shorter++) {
            if (boundaryAt.test(start + shorter)) {
                return true;
            }
        }
        return false;
    }

    boolean hasSurnameAt(String text, int start) {
        return surnames.longestAt(text, start) > 0;
    }

    /** Han characters that a name may hold (none of not_in_name.tsv but those marked {@code given}), and no stop name. */
    boolean mayBeName(String text, int from, int to) {
        return transliteratedChars(text, from, to) && !stopNames.contains(text.substring(from, to));
    }

    /** Whether an attested surname (of any list) opens {@code text} at {@code start}. */
    boolean hasAttestedSurnameAt(String text, int start) {
        return attestedSurnames.longestAt(text, start) > 0 || surnames.longestAt(text, start) > 0;
    }

    boolean isStopName(String name) {
        return stopNames.contains(name);
    }

    /** Han characters, none of not_in_name.tsv but those marked {@code given} (额尔敦满|都|拉). */
    private boolean transliteratedChars(String text, int from, int to) {
        return nameChars(text, from, to, notInGivenNameOnly);
    }

    /**
     * Whether {@code text[from, to)} is Han characters none of not_in_name.tsv holds but those of {@code allowed}
     * (the characters of one scope: given, enclosed).
     */
    private boolean nameChars(String text, int from, int to, Set<Character> allowed) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!TextChars.isHan(c) || notInName.contains(c) && !allowed.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** Han characters that may stand in a name (none of not_in_name.tsv). */
    boolean givenNameChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // 杨|作芬: the first of two given-name characters may be one marked middle
            boolean middle = i == from && to - from == 2 && middleOfName.contains(c);
            if (!TextChars.isHan(c) || notInName.contains(c) && !middle) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[start, end)} is an attested surname and a given name of one or two characters: the test for
     * a name that its structure alone marks (a post before it, punctuation after it: 理事长|锁文斌|,).
     */
    boolean isEnclosedName(String text, int start, int end) {
        int surname = attestedSurnames.longestAt(text, start);
        int given = end - start - surname;
        return surname > 0 && given >= 1 && given <= 2 && !notOpeningEnclosed.contains(text.charAt(start))
                && nameChars(text, start + surname, end, inEnclosedName) && !stopNames.contains(text.substring(start, end));
    }

    /** Whether {@code c} opens no name that only a post and what follows enclose (有, 和: not_in_name scope opening). */
    boolean opensNoEnclosedName(char c) {
        return notOpeningEnclosed.contains(c);
    }

    /** Whether {@code text[start, end)} holds a name's middle dot (a minority or foreign name). */
    static boolean hasNameDot(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isNameDot(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Han character stands at {@code i} (a hyphen or a further dot must lead on to one). */
    private static boolean hanAt(String text, int i) {
        return i < text.length() && TextChars.isHan(text.charAt(i));
    }

    /** The middle dot between the parts of a minority or foreign name, as pages type it (·, •, ・, ‧). */
    private static boolean isNameDot(char c) {
        return c == '·' || c == '•' || c == '・' || c == '‧';
    }

    private Optional<Integer> dottedAt(String text, int start, IntPredicate boundaryAt) {
        int i = start;
        // 让-皮埃尔·马松巴: a hyphen joins the parts of a first name
        while (i < text.length() && i - start < MAX_BEFORE_DOT && (TextChars.isHan(text.charAt(i))
                || text.charAt(i) == '-' && i > start && hanAt(text, i + 1))) {
            i++;
        }
        if (i - start < 2 || i >= text.length() || !isNameDot(text.charAt(i))) {
            return Optional.empty();
        }
        int j = i + 1;
        int lastDot = i;
        int dots = 1;
        // 史蒂文·莫里森在致辞中: a character never inside a name ends the part after the dot.
        // 古丽米拉·阿不都热合曼: up to seven characters, and those a transliteration may hold (都);
        // 费尔南多·德·拉·罗萨: further dots join particles and surnames, each part as long
        while (j < text.length()) {
            if (isNameDot(text.charAt(j)) && j > lastDot + 1 && dots < MAX_DOTS && hanAt(text, j + 1)) {
                lastDot = j;
                dots++;
            } else if (j - lastDot > MAX_AFTER_DOT || !transliteratedChars(text, j, j + 1)) {
                break;
            }
            j++;
        }
        if (j - i < 3) {
            return Optional.empty();
        }
        // Shortest first: 马克·霍尔顿|致辞 — the part after the dot ends at the first boundary, not the last; a name
        // ends neither on a dot nor right before one.
        for (int end = i + 3; end <= j; end++) {
            if (!isNameDot(text.charAt(end - 1)) && (end >= text.length() || !isNameDot(text.charAt(end)))
                    && boundaryAt.test(end)) {
                return Optional.of(end - start);
            }
        }
        return Optional.empty();
    }
}
