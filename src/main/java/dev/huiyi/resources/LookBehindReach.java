package dev.huiyi.resources;

/**
 * How far before a position the look-behinds of a regex can read: the longest text any {@code (?<=…)} or
 * {@code (?<!…)} of it can match, counted in chars (a class or an escape that may match a supplementary character
 * counts two). A search that starts that far before its first possible match sees the same text behind it as one
 * that starts further back, which lets {@link ScanPattern} skip the positions no match can start at. The reading is an
 * upper bound from the regex's syntax; anything it does not read with certainty (a back-reference, {@code \Q…\E}, an
 * unbounded repeat, flags that change the syntax) gives {@link #UNKNOWN}.
 */
final class LookBehindReach {
    static final int UNKNOWN = -1;

    private final String regex;
    private int at;

    private LookBehindReach(String regex) {
        this.regex = regex;
    }

    /** The reach of every look-behind of {@code regex} (0 when it has none), or {@link #UNKNOWN}. */
    static int of(String regex) {
        try {
            LookBehindReach reader = new LookBehindReach(regex);
            int reach = reader.lookBehindsIn(regex.length());
            return reader.at == regex.length() ? reach : UNKNOWN;
        } catch (Unreadable e) {
            return UNKNOWN;
        }
    }

    /** Reads an alternation up to {@code end} or a closing paren; the longest look-behind inside it. */
    private int lookBehindsIn(int end) {
        int reach = 0;
        while (at < end && regex.charAt(at) != ')') {
            if (regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
                at += 4;
                int groupStart = at;
                int length = alternation();
                expect(')');
                reach = Math.max(reach, length);
                at = groupStart; // read the inside again for look-behinds nested in it
                reach = Math.max(reach, lookBehindsIn(end));
                expect(')');
            } else if (regex.charAt(at) == '(') {
                at = groupOpening(at);
                reach = Math.max(reach, lookBehindsIn(end));
                expect(')');
            } else {
                skipAtom();
            }
        }
        return reach;
    }

    /** The longest text an alternation matches, reading up to the paren that closes it. */
    private int alternation() {
        int longest = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private int sequence() {
        int total = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            int atom = atomLength();
            total += atom * repeat();
        }
        return total;
    }

    private int atomLength() {
        char c = regex.charAt(at);
        if (c == '(') {
            boolean zeroWidth = regex.startsWith("(?=", at) || regex.startsWith("(?!", at)
                    || regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at);
            at = groupOpening(at);
            int inner = alternation();
            expect(')');
            return zeroWidth ? 0 : inner;
        }
        if (c == '^' || c == '$') {
            at++;
            return 0; // zero-width
        }
        int before = at;
        skipAtom();
        // one literal char counts one; a class, '.' or an escape may match a surrogate pair
        return at - before == 1 && c != '.' ? 1 : 2;
    }

    /** Past one atom that is not a group (a literal, '.', a class, an escape), or past one quantifier char. */
    private void skipAtom() {
        char c = regex.charAt(at);
        if (c == '[') {
            skipClass();
        } else if (c == '\\') {
            skipEscape();
        } else {
            at++;
        }
    }

    private void skipEscape() {
        if (at + 1 >= regex.length()) {
            throw new Unreadable();
        }
        char e = regex.charAt(at + 1);
        if (Character.isDigit(e) || e == 'k' || e == 'Q' || e == 'E' || e == 'G' || e == 'b' || e == 'B'
                || e == 'R' || e == 'X') {
            throw new Unreadable(); // back-references, quoting, boundaries, multi-char escapes
        }
        if ((e == 'p' || e == 'P') && at + 2 < regex.length() && regex.charAt(at + 2) == '{') {
            at = closing(at + 2, '}') + 1;
        } else if (e == 'u') {
            at += 6;
        } else if (e == 'x') {
            at = at + 2 < regex.length() && regex.charAt(at + 2) == '{' ? closing(at + 2, '}') + 1 : at + 4;
        } else {
            at += 2;
        }
    }

    private void skipClass() {
        at++; // '['
        if (at < regex.length() && regex.charAt(at) == '^') {
            at++;
        }
        if (at < regex.length() && regex.charAt(at) == ']') {
            at++; // a ']' first in a class is literal
        }
        while (at < regex.length() && regex.charAt(at) != ']') {
            if (regex.charAt(at) == '[') {
                skipClass();
            } else if (regex.charAt(at) == '\\') {
                skipEscape();
            } else {
                at++;
            }
        }
        expect(']');
    }

    /** The most times the atom just read may repeat, reading its quantifier. */
    private int repeat() {
        if (at >= regex.length()) {
            return 1;
        }
        char q = regex.charAt(at);
        int most;
        if (q == '?') {
            at++;
            most = 1;
        } else if (q == '*' || q == '+') {
            throw new Unreadable(); // unbounded (Java refuses it inside a look-behind anyway)
        } else if (q == '{') {
            int close = closing(at, '}');
            String bounds = regex.substring(at + 1, close);
            int comma = bounds.indexOf(',');
            String upper = comma < 0 ? bounds : bounds.substring(comma + 1);
            if (upper.isBlank() || !upper.strip().chars().allMatch(Character::isDigit)) {
                throw new Unreadable();
            }
            most = Integer.parseInt(upper.strip());
            at = close + 1;
        } else {
            return 1;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same bound
        }
        return most;
    }

    /** Past a group's opening: {@code (}, {@code (?:}, {@code (?<name>}, a look-around; inline flags are unread. */
    private int groupOpening(int open) {
        if (!regex.startsWith("(?", open)) {
            return open + 1;
        }
        for (String opening : new String[]{"(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
            if (regex.startsWith(opening, open)) {
                return open + opening.length();
            }
        }
        if (regex.startsWith("(?<", open)) {
            return closing(open, '>') + 1;
        }
        throw new Unreadable(); // (?i) and other inline flags change what the rest reads as
    }

    private int closing(int from, char close) {
        int i = regex.indexOf(close, from);
        if (i < 0) {
            throw new Unreadable();
        }
        return i;
    }

    private void expect(char c) {
        if (at >= regex.length() || regex.charAt(at) != c) {
            throw new Unreadable();
        }
        at++;
    }

    /** The regex holds something this reading does not follow. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
