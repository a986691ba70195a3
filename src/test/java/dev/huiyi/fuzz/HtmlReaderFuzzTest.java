package dev.huiyi.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.Span;
import dev.huiyi.normalize.CharsetDetector;
import dev.huiyi.normalize.LayoutRules;
import dev.huiyi.normalize.Normalizer;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.text.Document;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML reader (decoding, the content sniff, markup to lines, hidden parts dropped, chrome, folding) over any
 * bytes, without the extraction behind it, so that a fuzzing minute reaches far more pages. The contract: a
 * document whose every character maps back into the decoded input, whose title, date line and paragraphs lie
 * inside its text, and which is not longer than the input can unfold to (NFKC makes at most 18 characters of one);
 * or an {@link InputException}. Replays {@code HtmlReaderFuzzTestInputs/} in {@code mvn verify}; fuzzes with
 * {@code JAZZER_FUZZ=1} (README).
 */
class HtmlReaderFuzzTest {
    private static final int MOST_CHARS_FROM_ONE = 18;
    // the bundled layout rules; script conversion is a table look-up per character, left out to fuzz the reader
    private static final Normalizer NORMALIZER = new Normalizer(new CharsetDetector(Set.of('会', '议', '的', '在')),
            LayoutRules.load(ModelSource.bundled()), c -> c);

    /** Read as HTML because its name says so. */
    @FuzzTest(maxDuration = "60s")
    void anyPage(byte[] data) {
        check(Source.ofBytes("fuzz.html", data, null, SourceFormat.HTML));
    }

    /** Named .xml: the content sniff decides whether it is a page or text. */
    @FuzzTest(maxDuration = "60s")
    void anySniffedPage(byte[] data) {
        check(Source.ofBytes("fuzz.xml", data));
    }

    private static void check(Source source) {
        Document doc;
        try {
            doc = NORMALIZER.normalize(source);
        } catch (InputException expected) {
            return;
        }
        int input = doc.inputText().length();
        String text = doc.text();
        assertThat(text.length()).isLessThanOrEqualTo(MOST_CHARS_FROM_ONE * Math.max(input, 1));
        int outside = -1;
        for (int i = 0; i < text.length() && outside < 0; i++) {
            int origin = doc.normalised().map().toOrigin(i);
            outside = origin < 0 || origin >= input ? i : -1;
        }
        assertThat(outside).as("first character mapped outside the input").isEqualTo(-1);
        for (Span line : new Span[] {doc.titleLine(), doc.dateLine()}) {
            if (line != null) {
                assertThat(line.end()).isLessThanOrEqualTo(text.length());
            }
        }
        doc.paragraphs().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length()));
    }
}
