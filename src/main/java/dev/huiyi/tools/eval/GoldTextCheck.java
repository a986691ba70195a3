package dev.huiyi.tools.eval;


import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every string of a gold file occurs in the normalised text of its report.
 *
 * <p>Gold strings are the report's own surface text (the contract), so a string that does not occur is a typo, a
 * paraphrase or a traditional character left in: each would silently count as a miss against the extractor. The
 * comparison uses the scorer's key without quotation marks ({@link TextKey#unquoted}): NFKC, no whitespace, no
 * quotes (the traditional-script conversion turns 「」 into “”, and a quote's shape is no annotation error). An
 * alias list passes when one of its aliases occurs: the others may be full names the page never writes
 * ({@code ["科技部","中华人民共和国科学技术部"]}). A unit or organiser may also come from the page around the
 * report (a self-reference resolved to the name in the page's chrome, which normalisation removes), so those are
 * also looked for in the decoded input. Dates, mode and key-point speakers are not surface strings and are not
 * checked.
 */
public final class GoldTextCheck {
    private static final boolean IN_PAGE_TOO = true;
    private static final boolean TEXT_ONLY = false;

    private GoldTextCheck() {
    }

    /** One gold string that is not in the text; {@code field} is its JSON path ({@code attendees[3].titles[0]}). */
    public record Miss(String field, String value) {
        @Override
        public String toString() {
            return field + ": '" + value + "' does not occur in the normalised text";
        }
    }

    /**
     * The gold strings of {@code gold} that do not occur in {@code normalisedText} (units and organisers: in
     * neither it nor {@code inputText}), in file order.
     */
    public static List<Miss> check(GoldRecord gold, String normalisedText, String inputText) {
        return new Walk(TextKey.unquoted(normalisedText), TextKey.unquoted(inputText)).run(gold);
    }

    private record Walk(String text, String page, List<Miss> misses) {
        Walk(String text, String page) {
            this(text, page, new ArrayList<>());
        }

        List<Miss> run(GoldRecord gold) {
            plain("title", gold.title());
            aliases("meetingName", gold.meetingName(), TEXT_ONLY);
            plain("location", gold.location());
            entries("organizers", gold.organizers(), IN_PAGE_TOO);
            entries("optionalOrganizers", gold.optionalOrganizers(), IN_PAGE_TOO);
            persons("hosts", gold.hosts());
            persons("speakers", gold.speakers());
            persons("attendees", gold.attendees());
            entries("participatingUnits", gold.participatingUnits(), IN_PAGE_TOO);
            entries("optionalUnits", gold.optionalUnits(), IN_PAGE_TOO);
            entries("slogans", gold.slogans(), TEXT_ONLY);
            entries("optionalSlogans", gold.optionalSlogans(), TEXT_ONLY);
            List<GoldKeyPoint> keyPoints = gold.keyPoints();
            for (int i = 0; i < keyPoints.size(); i++) {
                plain("keyPoints[" + i + "].text", keyPoints.get(i).text());
            }
            List<String> optionalKeyPoints = gold.optionalKeyPoints();
            for (int i = 0; i < optionalKeyPoints.size(); i++) {
                plain("optionalKeyPoints[" + i + "]", optionalKeyPoints.get(i));
            }
            return List.copyOf(misses);
        }

        private void persons(String field, List<GoldPerson> people) {
            for (int i = 0; i < people.size(); i++) {
                GoldPerson person = people.get(i);
                String where = field + "[" + i + "]";
                plain(where + ".name", person.name());
                strings(where + ".titles", person.titles());
                strings(where + ".optionalTitles", person.optionalTitles());
                plain(where + ".speechType", person.speechType());
            }
        }

        private void strings(String field, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                plain(field + "[" + i + "]", values.get(i));
            }
        }

        private void entries(String field, List<List<String>> entries, boolean orInPage) {
            for (int i = 0; i < entries.size(); i++) {
                aliases(field + "[" + i + "]", entries.get(i), orInPage);
            }
        }

        private void aliases(String field, List<String> aliases, boolean orInPage) {
            if (!aliases.isEmpty() && aliases.stream().noneMatch(a -> occurs(a) || orInPage && inPage(a))) {
                misses.add(new Miss(field, String.join("' / '", aliases)));
            }
        }

        private void plain(String field, String value) {
            if (value != null && !occurs(value)) {
                misses.add(new Miss(field, value));
            }
        }

        private boolean inPage(String value) {
            return page.contains(TextKey.unquoted(value));
        }

        private boolean occurs(String value) {
            String wanted = TextKey.unquoted(value);
            return wanted.isEmpty() || text.contains(wanted);
        }
    }
}
