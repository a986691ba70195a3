package dev.huiyi.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.huiyi.MeetingExtractor;
import dev.huiyi.SharedExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.Span;
import dev.huiyi.api.TimeoutException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract for every input, whatever its bytes: a record whose spans lie inside its text, or an
 * {@link InputException} / {@link TimeoutException}; nothing else escapes. In {@code mvn verify} each test replays
 * its corpus under {@code src/test/resources/dev/huiyi/fuzz/ExtractorFuzzTestInputs/} (seeds from the samples and
 * the findings kept as regression inputs); with {@code JAZZER_FUZZ=1} it fuzzes (README).
 */
class ExtractorFuzzTest {
    private static final MeetingExtractor EXTRACTOR = SharedExtractor.get();
    private static final Duration BUDGET = Duration.ofSeconds(20);

    @FuzzTest(maxDuration = "60s")
    void anyBytes(byte[] data) {
        check(Source.ofBytes("fuzz.txt", data));
    }

    @FuzzTest(maxDuration = "60s")
    void anyHtml(byte[] data) {
        check(Source.ofBytes("fuzz.html", data, StandardCharsets.UTF_8, SourceFormat.HTML));
    }

    private static void check(Source source) {
        Extraction extraction;
        try {
            extraction = EXTRACTOR.extract(source, BUDGET);
        } catch (InputException | TimeoutException expected) {
            return;
        }
        int length = extraction.normalisedText().length();
        extraction.record().hosts().forEach(p -> p.mentions().forEach(span -> inside(span, length)));
        extraction.record().attendees().forEach(p -> p.mentions().forEach(span -> inside(span, length)));
        extraction.record().keyPoints().forEach(k -> inside(k.span(), length));
    }

    private static void inside(Span span, int length) {
        assertThat(span.start()).isBetween(0, span.end());
        assertThat(span.end()).isLessThanOrEqualTo(length);
    }
}
