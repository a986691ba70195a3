package dev.huiyi;

import dev.huiyi.api.InputException;
import dev.huiyi.api.NormalisedText;
import dev.huiyi.api.Source;
import dev.huiyi.api.TimeoutException;
import dev.huiyi.tools.bench.AttackFamily;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A document's budgets hold: its time (a deadline or an interrupt stops the work, and the caller gets a
 * {@link TimeoutException}), its size in characters, and its cost growing linearly, not quadratically, on the
 * hostile families of the scaling benchmark. The generous limits below catch a return of the quadratic scans
 * (minutes at these sizes), not small slow-downs: speed itself is measured by {@code huiyi bench --scaling}.
 */
class BudgetsTest {
    private static final MeetingExtractor EXTRACTOR = SharedExtractor.get();

    private static Source of(AttackFamily family, int kb) {
        return Source.ofText(family.name(), family.text(kb * 1024));
    }

    @Test
    void anInterruptedThreadStopsWithATimeoutAndTheNextDocumentRunsNormally() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> EXTRACTOR.extract(of(AttackFamily.REPEATED_REPORT, 4)))
                    .isInstanceOf(TimeoutException.class).hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
        assertThat(EXTRACTOR.extract(of(AttackFamily.REPEATED_REPORT, 4)).record().hosts()).isNotEmpty();
    }

    @Test
    void aDocumentOverItsTimeBudgetStopsWithATimeout() {
        assertThatThrownBy(() -> EXTRACTOR.extract(of(AttackFamily.REPEATED_REPORT, 256), Duration.ofMillis(1)))
                .isInstanceOf(TimeoutException.class).hasMessageContaining("no result within 1 ms");
    }

    @Test
    void aBudgetSetOnTheBuilderAppliesToExplainsMentionsToo() {
        MeetingExtractor strict = MeetingExtractor.builder().timeout(Duration.ofMillis(1)).build();
        assertThatThrownBy(() -> strict.mentions(of(AttackFamily.NAME_LIST, 256)))
                .isInstanceOf(TimeoutException.class);
    }

    @Test
    void aTextLongerThanTheCharacterCapIsAnInputError() {
        MeetingExtractor capped = MeetingExtractor.builder().maxChars(10_000).build();
        assertThatThrownBy(() -> capped.extract(of(AttackFamily.ENUMERATION_COMMAS, 20)))
                .isInstanceOf(InputException.class).hasMessageContaining("over the cap of 10000 characters");
        assertThat(capped.extract(of(AttackFamily.REPEATED_REPORT, 4)).record().hosts()).isNotEmpty();
    }

    @Test
    void anEndlessNameListCostsLinearTime() {
        // 128 KB took 57 s when every name rescanned its list and its sentence; it now takes about a second
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // cut at 128 KB, the list has lost its closing 出席: its names are recognised, with no role to give them
            assertThat(EXTRACTOR.extract(of(AttackFamily.NAME_LIST, 128)).record().attendees()).isEmpty();
        });
    }

    @Test
    void aReportRepeatedInOneParagraphCostsLinearTime() {
        // 512 KB took 32 s when every key point searched the rest of its paragraph again; it now takes about 3 s
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(EXTRACTOR.extract(of(AttackFamily.REPEATED_REPORT, 512)).record().keyPoints()).isNotEmpty();
        });
    }

    @Test
    void whatABrowserHidesIsNotReportText() {
        String page = "<html><body><h1>全区安全生产会议召开</h1>"
                + "<template><p>会议由区长甲某某主持。</p></template>"
                + "<div hidden>会议由区长乙某某主持。</div>"
                + "<div aria-hidden=\"true\">会议由区长丙某某主持。</div>"
                + "<div style=\"visibility: hidden\">会议由区长丁某某主持。</div>"
                + "<p>3月5日,全区安全生产会议召开,区长王强主持会议。</p></body></html>";
        NormalisedText text = EXTRACTOR.normalise(Source.ofText("page.html", page));
        assertThat(text.text()).contains("区长王强主持会议").doesNotContain("甲某某", "乙某某", "丙某某", "丁某某");
    }
}
