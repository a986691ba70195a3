package dev.huiyi.resources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScanPatternTest {
    /** Which samples the whole-text comparison reads: every third, in file order. */
    private static final int SAMPLE_STRIDE = 3;

    @Test
    void findsWhatMatcherFindFindsForEveryScannedDataRegexOnEveryThirdSample() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        ModelSource models = ModelSource.bundled();
        // The data regexes the extractor searches through texts with ScanPattern: (file, regex column).
        addColumn(patterns, models, "role/roles.tsv", 3);
        addColumn(patterns, models, "role/unit_triggers.tsv", 2);
        addColumn(patterns, models, "keypoint/leadins.tsv", 2);
        addColumn(patterns, models, "meeting/names.tsv", 1);
        addColumn(patterns, models, "meeting/mode.tsv", 1);
        addColumn(patterns, models, "place/held.tsv", 1);
        addColumn(patterns, models, "role/organizers.tsv", 1);
        addColumn(patterns, models, "normalize/layout.tsv", 2);
        addColumn(patterns, models, "date/patterns.tsv", 1);
        // Every third sample: the comparison tries every pattern at every position of every text, so its cost grows
        // with the corpus (twenty minutes of CI over 5,800 texts); a third of them still gives thousands of matches.
        List<String> all = sampleTexts();
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < all.size(); t += SAMPLE_STRIDE) {
            texts.add(all.get(t));
        }
        assertThat(patterns).hasSizeGreaterThan(30);
        assertThat(texts).hasSizeGreaterThan(50);

        int matches = 0;
        for (Pattern pattern : patterns) {
            ScanPattern scan = ScanPattern.of(pattern);
            for (String text : texts) {
                // the whole text, and a region that starts and ends inside it
                for (int[] region : new int[][]{{0, text.length()}, {text.length() / 3, text.length() * 2 / 3}}) {
                    List<String> expected = plainFind(pattern, text, region[0], region[1]);
                    assertThat(scanFind(scan, text, region[0], region[1])).as(pattern.pattern()).isEqualTo(expected);
                    matches += expected.size();
                }
                // every start at which the pattern matches in a region of its own (as the date and role
                // rules try them) has a first character the index allows
                Matcher m = pattern.matcher(text);
                for (int i = 0; i < text.length(); i++) {
                    if (m.region(i, text.length()).lookingAt()) {
                        assertThat(scan.mayStartWith(text.charAt(i))).as(pattern.pattern() + " at " + i).isTrue();
                    }
                }
            }
        }
        assertThat(matches).as("the comparison is not vacuous").isGreaterThan(1000);
    }

    @Test
    void aGroupFindsWhatEachOfItsPatternsFindsAlone() throws IOException {
        List<ScanPattern> scans = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        ModelSource models = ModelSource.bundled();
        addColumn(patterns, models, "role/roles.tsv", 3);
        addColumn(patterns, models, "role/unit_triggers.tsv", 2);
        addColumn(patterns, models, "normalize/layout.tsv", 2); // anchored ^ rules among them
        patterns.add(Pattern.compile("\\b主持"));            // not indexed
        patterns.add(Pattern.compile("(?<!副)主持"));          // indexed without its look-behind
        patterns.forEach(p -> scans.add(ScanPattern.of(p)));
        assertThat(patterns.size()).as("more than one word of pattern bits").isGreaterThan(64);
        ScanGroup group = ScanGroup.of(scans);
        List<String> texts = sampleTexts();
        texts.add("副主持人,主持会议");
        int matches = 0;
        for (int t = 0; t < texts.size(); t += 7) {
            String text = texts.get(t);
            ScanGroup.Starts starts = group.startsIn(text);
            for (int k = 0; k < scans.size(); k++) {
                for (int[] region : new int[][]{{0, text.length()}, {text.length() / 3, text.length() * 2 / 3}}) {
                    List<String> alone = scanFind(scans.get(k), text, region[0], region[1]);
                    List<String> grouped = new ArrayList<>();
                    Matcher m = scans.get(k).matcher(text);
                    for (int at = region[0]; starts.find(k, m, text, at, region[1]); at = ScanPattern.resumeAfter(m)) {
                        grouped.add(m.start() + "-" + m.end() + ":" + m.group());
                    }
                    assertThat(grouped).as(patterns.get(k).pattern()).isEqualTo(alone);
                    matches += alone.size();
                }
                assertThat(starts.occurs(k, text)).isEqualTo(scans.get(k).occursIn(text));
            }
        }
        assertThat(matches).as("the comparison is not vacuous").isGreaterThan(1000);
        ScanGroup.Starts last = group.startsIn("副主持人,主持会议");
        Matcher m = scans.get(scans.size() - 1).matcher("副主持人,主持会议");
        assertThat(last.find(scans.size() - 1, m, "副主持人,主持会议", 0, 9)).isTrue();
        assertThat(m.start()).isEqualTo(5);
    }

    @Test
    void aGroupOverwhelmedByPossibleStartsLetsEachPatternReadTheTextAlone() {
        // every character a possible start of every pattern: the lists would hold 40 ints a character
        List<ScanPattern> scans = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            scans.add(ScanPattern.of(Pattern.compile("主{" + (k + 2) + "}持")));
        }
        String text = "主".repeat(20_000) + "持";
        ScanGroup.Starts starts = ScanGroup.of(scans).startsIn(text);
        for (int k = 0; k < scans.size(); k++) {
            Matcher m = scans.get(k).matcher(text);
            assertThat(starts.find(k, m, text, 0, text.length())).isTrue();
            assertThat(m.start()).isEqualTo(20_000 - (k + 2));
            assertThat(starts.occurs(k, text)).isTrue();
        }
    }

    @Test
    void indexesOnlyPatternsWhoseStartDependsOnTheTextFromThere() {
        assertThat(indexed("(主持|出席)会议")).isTrue();
        assertThat(indexed("[^,。]{0,3}主持", '。')).isTrue(); // ^ inside a class is a negation, not an anchor
        assertThat(indexed("(?<type>讲话|致辞)")).isTrue();   // a named group is not a look-behind
        assertThat(indexed("(?<!副)主持")).isTrue();          // indexed without its look-behind
        assertThat(indexed("(?<=在)京")).isTrue();
        assertThat(indexed("(?<![\\d(])(?<d>\\d{1,2})日")).isTrue();
        assertThat(indexed("^主持")).isFalse();
        assertThat(indexed("主持$")).isTrue();              // an end anchor reads only what follows a start
        assertThat(indexed("签约(?=[,。;]|$)")).isTrue();
        assertThat(indexed("(?m)主持$")).isTrue();
        assertThat(indexed("(?m)^主持")).isFalse();
        assertThat(indexed("\\bchair")).isFalse();
        assertThat(indexed("(主持)?")).isFalse();             // matches the empty string
    }

    @Test
    void aPatternAnchoredAtTheStartIsTriedAtTheStartOfTheRegionOnly() {
        ScanPattern anchored = ScanPattern.of(Pattern.compile("^(当前位置|首页)\\s*[>›]"));
        String text = "x首页 > 新闻";
        Matcher m = anchored.matcher(text);
        assertThat(anchored.find(m, text, 0, text.length())).isFalse();
        assertThat(anchored.find(m, text, 1, text.length())).isTrue();
        assertThat(m.start()).isEqualTo(1);
        ScanPattern alternative = ScanPattern.of(Pattern.compile("^首页|新闻"));   // 新闻 may match anywhere
        assertThat(alternative.find(alternative.matcher(text), text, 0, text.length())).isTrue();
    }

    @Test
    void ruleOutOnlyCharactersNoMatchCanStartWith() {
        ScanPattern scan = ScanPattern.of(Pattern.compile("(等[^,。]{0,6}?)?(负责同志|代表)"));
        assertThat(scan.mayStartWith('等')).isTrue();
        assertThat(scan.mayStartWith('负')).isTrue();
        assertThat(scan.mayStartWith('代')).isTrue();
        assertThat(scan.mayStartWith('同')).isFalse();
        assertThat(scan.mayStartWith('。')).isFalse();
        assertThat(scan.mayStartWith('同')).isFalse(); // the second answer comes from the index
        ScanPattern notIndexed = ScanPattern.of(Pattern.compile("\\b主持"));
        assertThat(notIndexed.mayStartWith('x')).isTrue();
        ScanPattern lookingBehind = ScanPattern.of(Pattern.compile("(?<![\\d月])(?<d>\\d{1,2})日"));
        assertThat(lookingBehind.mayStartWith('3')).isTrue();
        assertThat(lookingBehind.mayStartWith('月')).isFalse();
    }

    @Test
    void aLookBehindStillSeesTheTextBeforeTheCandidateStart() {
        ScanPattern scan = ScanPattern.of(Pattern.compile("(?<!副)主持"));
        String text = "副主持人,主持会议";
        Matcher m = scan.matcher(text);
        assertThat(scan.find(m, text, 0, text.length())).isTrue();
        assertThat(m.start()).isEqualTo(5);
    }

    private static boolean indexed(String regex) {
        return indexed(regex, '\u0001');
    }

    /** An indexed pattern rules out {@code noStart}, which no match starts with; an unindexed one never does. */
    private static boolean indexed(String regex, char noStart) {
        return !ScanPattern.of(Pattern.compile(regex)).mayStartWith(noStart);
    }

    private static List<String> plainFind(Pattern pattern, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int at = from; at <= to && m.region(at, to).find(); at = Math.max(m.end(), m.start() + 1)) {
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    private static List<String> scanFind(ScanPattern scan, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = scan.matcher(text);
        for (int at = from; scan.find(m, text, at, to); at = ScanPattern.resumeAfter(m)) {
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    private static void addColumn(List<Pattern> patterns, ModelSource models, String file, int column) {
        for (TsvRow row : TsvReader.rows(models.read(file), column + 1)) {
            patterns.add(row.regex(column));
        }
    }

    private static List<String> sampleTexts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            List<String> texts = new ArrayList<>(); // modifiable: a test may add its own
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.contains("\uFFFD")) { // UTF-8 files only: enough text for the comparison
                    texts.add(text);
                }
            }
            return texts;
        }
    }
}
