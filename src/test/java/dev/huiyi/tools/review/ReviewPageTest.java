package dev.huiyi.tools.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.MeetingRecords;
import dev.huiyi.api.Person;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.Source;
import dev.huiyi.api.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The page without a browser: escaping, the JSON block, and that every click target has its text. */
class ReviewPageTest {
    static final Path XSS = Path.of("src/test/resources/dev/huiyi/tools/review/xss_report.html");
    private static final Path SEED = Path.of("samples/000_7d7c59e9712777a1.txt");

    static ReviewedReport review(Path report) {
        return new Reviewer(SharedExtractor.get()).review(report.toString(), Source.ofPath(report));
    }

    @Test
    void reportTextWithMarkupIsShownAsTextAndNeverAsElements() {
        ReviewedReport report = review(XSS);
        assertThat(report.text()).contains("<script>window.__xss = 1;</script>", "</textarea>", "--><!--");
        String html = ReviewPage.render(report, "index.html");
        Document page = Jsoup.parse(html);

        // the text element holds the normalised text exactly, character for character
        assertThat(page.getElementById("text").wholeText()).isEqualTo(report.text());
        assertThat(page.select("h1").text()).isEqualTo(report.record().title()).contains("<script>");
        // no element came from the report: two scripts (ours and the JSON block), no img, svg, b or textarea
        assertThat(page.select("script")).hasSize(2);
        assertThat(page.select("img, svg, b, textarea")).isEmpty();
        assertThat(html).doesNotContain("<script>window", "<img src=x", "<svg", "</textarea>", "<!--\u201d");
        assertThat(page.getElementsByAttribute("onerror")).isEmpty();
        assertThat(page.getElementsByAttribute("onmouseover")).isEmpty();
        assertThat(page.getElementsByAttribute("onload")).isEmpty();
    }

    @Test
    void theRecordJsonSitsInItsBlockWithoutClosingIt() throws Exception {
        ReviewedReport report = review(XSS);
        Document page = Jsoup.parse(ReviewPage.render(report, "index.html"));
        String block = page.getElementById("record-json").data();

        assertThat(block).doesNotContain("<", ">", "&");
        JsonNode embedded = new ObjectMapper().readTree(block);
        assertThat(embedded).isEqualTo(new ObjectMapper().readTree(MeetingRecords.toJson(report.record())));
        assertThat(embedded.get("title").asText()).contains("</script>");
    }

    @Test
    void everyEntryPointsAtPiecesOfTheTextThatSpellItsSpans() {
        ReviewedReport report = review(SEED);
        Document page = Jsoup.parse(ReviewPage.render(report, "index.html"));
        List<Element> targets = page.select("#panel [data-spans]");
        assertThat(targets).hasSizeGreaterThan(20);
        for (Element target : targets) {
            for (String pair : target.attr("data-spans").split(" ")) {
                int start = Integer.parseInt(pair.split("-")[0]);
                int end = Integer.parseInt(pair.split("-")[1]);
                assertThat(textOfPieces(page, start, end)).as(target.text() + " " + pair)
                        .isEqualTo(report.text().substring(start, end));
            }
        }
    }

    @Test
    void thePanelListsTheRecordsHostsWithTheirMentions() {
        ReviewedReport report = review(SEED);
        Document page = Jsoup.parse(ReviewPage.render(report, "index.html"));
        List<Element> hosts = page.select("section[data-field=hosts] li.entry");
        MeetingRecord record = report.record();
        assertThat(hosts).hasSize(record.hosts().size()).isNotEmpty();
        Person host = record.hosts().get(0);
        assertThat(hosts.get(0).selectFirst(".name").text()).isEqualTo("李萌").isEqualTo(host.name());
        assertThat(hosts.get(0).attr("data-spans")).isEqualTo(host.mentions().stream()
                .map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(" ")));
        assertThat(page.select("section[data-field=speakers] li.entry .name").eachText())
                .containsExactlyElementsOf(record.speakers().stream().map(s -> s.name()).toList());
        assertThat(page.select("section[data-field=keyPoints] li.entry")).hasSize(record.keyPoints().size());
    }

    @Test
    void everyMentionIsColouredByItsTypeAndNamesItsRuleOnHover() {
        ReviewedReport report = review(SEED);
        Document page = Jsoup.parse(ReviewPage.render(report, "index.html"));
        assertThat(report.mentions()).isNotEmpty();
        for (RecognisedMention m : report.mentions()) {
            List<Element> pieces = pieces(page, m.span().start(), m.span().end());
            assertThat(pieces).as(m.toString()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.hasClass("m")).isTrue())
                    .anySatisfy(e -> assertThat(e.attr("title")).contains(m.type().name(), m.provenance()));
        }
        Span date = report.record().meetingDate().span();
        assertThat(pieces(page, date.start(), date.end())).anySatisfy(e -> assertThat(e.hasClass("t-date")).isTrue());
    }

    @Test
    void thePolicyAdmitsExactlyThePagesOwnScriptAndNoNetwork() throws Exception {
        Document page = Jsoup.parse(ReviewPage.render(review(SEED), "index.html"));
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        Element script = page.select("script").last();
        assertThat(script.hasAttr("type")).isFalse();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).startsWith("default-src 'none';").contains("script-src 'sha256-" + hash + "'")
                .doesNotContain("unsafe-inline", "http");
        assertThat(page.select("[src], link[rel=stylesheet]")).isEmpty();
    }

    @Test
    void withoutGoldThereIsNoDiff() {
        Document page = Jsoup.parse(ReviewPage.render(review(XSS), "index.html"));
        assertThat(page.getElementById("diff-toggle")).isNull();
        assertThat(page.getElementById("diff")).isNull();
        assertThat(page.select(".missed, .spurious")).isEmpty();
    }

    private static List<Element> pieces(Document page, int start, int end) {
        return page.select("#text [data-s]").stream()
                .filter(e -> Integer.parseInt(e.attr("data-s")) >= start && Integer.parseInt(e.attr("data-e")) <= end)
                .toList();
    }

    private static String textOfPieces(Document page, int start, int end) {
        return pieces(page, start, end).stream().map(Element::wholeText).collect(Collectors.joining());
    }
}
