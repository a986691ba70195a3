package dev.huiyi.tools.review;

import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.Evaluator;
import dev.huiyi.tools.eval.GoldReader;
import dev.huiyi.tools.eval.Metric;
import dev.huiyi.tools.eval.ReportScore;
import dev.huiyi.tools.eval.ReportScorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff as the page shows it, the index's order, and the site's files and links; no browser. */
class DiffAndIndexTest {
    private static final Path SEED = Path.of("samples/000_7d7c59e9712777a1.txt");

    @Test
    void theDiffShowsTheKnownDifferencesAndNothingElse() {
        ReviewedReport seed = ReviewPageTest.review(SEED);
        ReviewedReport report = withGold(seed, KnownDifferences.goldJson(seed.record()));
        Document page = Jsoup.parse(ReviewPage.render(report, "index.html"));

        for (Metric metric : Metric.values()) {
            Element row = page.selectFirst("#diff tr[data-metric=" + metric.key() + "]");
            int missed = KnownDifferences.missed(metric);
            int spurious = KnownDifferences.spurious(metric);
            assertThat(row.selectFirst(".missed-count").text()).as(metric.key()).isEqualTo(Integer.toString(missed));
            assertThat(row.selectFirst(".spurious-count").text()).as(metric.key()).isEqualTo(Integer.toString(spurious));
        }
        assertThat(page.select("section[data-field=hosts] li.missed").eachText())
                .containsExactly(KnownDifferences.MISSED_HOST);
        assertThat(page.select("section[data-field=attendees] li.missed").eachText())
                .containsExactly(KnownDifferences.MISSED_ATTENDEE);
        assertThat(page.select("#panel li.spurious .name").eachText())
                .containsExactly(seed.record().slogans().get(0).text());
        assertThat(page.getElementById("diff-toggle")).isNotNull();
    }

    @Test
    void theIndexPutsFailuresFirstThenTheLowestF1ThenReportsWithoutGold() {
        ReviewedReport reviewed = ReviewPageTest.review(SEED);
        // the seed's own gold file sits beside it: this row is the report without one
        ReviewedReport seed = new ReviewedReport(reviewed.id(), reviewed.extraction(), reviewed.mentions(), null, null);
        ReviewedReport perfect = withGold(seed, KnownDifferences.goldJson(seed.record())
                .replace(KnownDifferences.MISSED_HOST, seed.record().hosts().get(0).name()));
        ReviewedReport worse = withGold(seed, KnownDifferences.goldJson(seed.record()));
        List<IndexRow> rows = List.of(
                IndexRow.of(seed, "a.html"),
                IndexRow.of(rename(perfect, "b"), "b.html"),
                IndexRow.failed("c", "InputException: empty"),
                IndexRow.of(rename(worse, "d"), "d.html"));
        assertThat(rows.get(3).f1()).isLessThan(rows.get(1).f1());

        Document index = Jsoup.parse(IndexPage.render(rows));
        List<String> order = index.select("#reports tbody tr td:first-child").eachText();
        assertThat(order).containsExactly("c", "d", "b", seed.id());
        assertThat(index.select("#reports tbody tr").get(0).text()).contains("InputException: empty");
        Element seedRow = index.select("#reports tbody tr").get(3);
        assertThat(seedRow.selectFirst("a").attr("href")).isEqualTo("a.html");
        assertThat(seedRow.select("td").get(2).text()).isEqualTo(Integer.toString(seed.record().hosts().size()));
        assertThat(seedRow.selectFirst(".f1").text()).isEqualTo("—");
    }

    @Test
    void theSiteMirrorsTheInputsAndLinksBackToTheIndex(@TempDir Path out) throws IOException {
        ReviewSite site = new ReviewSite(out);
        ReviewedReport seed = ReviewPageTest.review(SEED);
        Path page = site.add(seed, "2021/a#1.json");
        site.failed("broken.txt", "InputException: empty");
        Path index = site.finish();

        assertThat(page).isEqualTo(out.resolve("2021/a#1.html")).isRegularFile();
        assertThat(index).isEqualTo(out.resolve("index.html"));
        Document pageDoc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(pageDoc.selectFirst("a.back").attr("href")).isEqualTo("./../index.html");
        Document indexDoc = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8));
        assertThat(indexDoc.select("#reports a").eachAttr("href")).containsExactly("./2021/a%231.html");
        assertThat(site.pages()).isEqualTo(1);
        assertThat(site.failures()).isEqualTo(1);
        assertThat(ReviewSite.link("a:b.html")).isEqualTo("./a:b.html");
    }

    @Test
    void theReviewerScoresAgainstTheGoldBesideAReportExactlyAsEvalDoes(@TempDir Path dir) throws IOException {
        ReviewedReport reviewed = ReviewPageTest.review(SEED);
        ReportScore byEval = new Evaluator(p -> SharedExtractor.get().extract(Source.ofPath(p)).record())
                .evaluate(SEED, Evaluator.goldFileFor(SEED));
        assertThat(reviewed.score()).isEqualTo(byEval);

        Path report = Files.copy(SEED, dir.resolve("a.txt"));
        Files.writeString(dir.resolve("a.gold.json"), "{\"hosts\": 3}");
        ReviewedReport broken = ReviewPageTest.review(report);
        assertThat(broken.score()).isNull();
        assertThat(broken.goldProblem()).startsWith("no diff: malformed gold file").contains("a.gold.json", "hosts");
        assertThat(Jsoup.parse(ReviewPage.render(broken, "index.html")).select("#warnings li").eachText())
                .contains(broken.goldProblem());
    }

    private static ReviewedReport withGold(ReviewedReport report, String goldJson) {
        MeetingRecord record = report.record();
        ReportScore score = ReportScorer.score("gold", GoldReader.parse(goldJson, "gold"), record);
        return new ReviewedReport(report.id(), report.extraction(), report.mentions(), score, null);
    }

    private static ReviewedReport rename(ReviewedReport report, String id) {
        return new ReviewedReport(id, report.extraction(), report.mentions(), report.score(), report.goldProblem());
    }
}
