package dev.huiyi;

import dev.huiyi.api.Extraction;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every span of a record points at its own surface text in the normalised text, and the offset map leads back
 * to the input characters it came from: on the seed, on a traditional-character Big5 copy and on an HTML page.
 */
class SpanPropertyTest {
    private static final Path SEED = Path.of("samples/000_7d7c59e9712777a1.txt");

    /** A surface and the span it claims. */
    private record Claim(String surface, Span span) {
    }

    @Test
    void seedSpansPointAtTheirSurfaceAndBackToTheInput() throws IOException {
        Extraction e = SharedExtractor.get().extract(Source.ofPath(SEED));
        assertSpansHold(e, true);
        assertThat(claims(e.record())).hasSizeGreaterThan(40);
    }

    @Test
    void traditionalBig5VariantHasTheSameSpansProperty() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String traditional = TraditionalFixture.toTraditional(seed);
        byte[] big5 = traditional.getBytes(Charset.forName("Big5"));
        Extraction e = SharedExtractor.get().extract(Source.ofBytes("seed-big5.txt", big5));
        assertThat(e.record().source().encoding()).isEqualTo("Big5");
        assertThat(e.record().title()).isEqualTo("科技部召开2021年全国科技管理系统党建工作交流座谈会");
        assertThat(e.record().hosts()).extracting(Person::name).containsExactly("李萌");
        assertSpansHold(e, false);
        for (Claim c : claims(e.record())) {
            for (int i = c.span().start(); i < c.span().end(); i++) {
                char in = e.inputText().charAt(e.inputOffset(i));
                // The input holds the traditional character; normalisation may only have converted it.
                assertThat(in == e.normalisedText().charAt(i) || TraditionalFixture.isTraditionalOf(in,
                        e.normalisedText().charAt(i))).as("char %d of %s", i, c).isTrue();
            }
        }
    }

    @Test
    void htmlVariantMapsBackIntoThePageSource() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String[] lines = seed.split("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(lines[1]).append("_科学技术部门户</title><script>var x = '<p>不是正文</p>';</script></head><body>")
                .append("<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/a\">机构</a></li></ul></nav>")
                .append("<div class=\"crumb\">当前位置: <a href=\"/\">科技部门户</a> &gt; <a href=\"/w\">科技部工作</a></div>")
                .append("<h1>").append(lines[1]).append("</h1><div class=\"info\">").append(lines[2].strip()).append("</div>")
                .append("<div class=\"share\"><a>分享到:</a><a>微信</a><a>微博</a></div><div id=\"content\">");
        for (int i = 3; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("【") && !l.startsWith("扫一扫")) {
                html.append("<p>&nbsp;&nbsp;").append(l.replace("“", "&ldquo;").replace("”", "&rdquo;")).append("</p>\n");
            }
        }
        html.append("</div><footer>版权所有:科学技术部 京ICP备05022684</footer></body></html>");
        Extraction e = SharedExtractor.get().extract(
                Source.ofBytes("seed.html", html.toString().getBytes(StandardCharsets.UTF_8), null, SourceFormat.HTML));
        MeetingRecord r = e.record();
        assertThat(r.title()).isEqualTo(lines[1]);
        assertThat(r.publishedAt()).hasToString("2021-12-06T15:11");
        assertThat(r.publishedAt().dateTime()).contains(java.time.LocalDateTime.of(2021, 12, 6, 15, 11));
        assertThat(r.speakers()).extracting(Speaker::name).contains("王志刚", "龚堂华");
        assertThat(e.normalisedText()).doesNotContain("不是正文", "首页", "京ICP备", "微博");
        assertSpansHold(e, false);
        for (Claim c : claims(r)) {
            for (int i = c.span().start(); i < c.span().end(); i++) {
                char in = e.inputText().charAt(e.inputOffset(i));
                assertThat(in == e.normalisedText().charAt(i) || in == '&').as("char %d of %s", i, c).isTrue();
            }
        }
    }

    private static void assertSpansHold(Extraction e, boolean sameCharacters) {
        for (Claim c : claims(e.record())) {
            assertThat(e.normalisedText().substring(c.span().start(), c.span().end())).as(c.toString())
                    .isEqualTo(c.surface());
            if (sameCharacters) {
                for (int i = c.span().start(); i < c.span().end(); i++) {
                    assertThat(e.inputText().charAt(e.inputOffset(i))).isEqualTo(e.normalisedText().charAt(i));
                }
            }
        }
    }

    private static List<Claim> claims(MeetingRecord r) {
        List<Claim> claims = new ArrayList<>();
        for (Person p : r.attendees()) {
            for (Span s : p.mentions()) {
                String surface = p.name();
                claims.add(new Claim(surface.length() == s.length() ? surface : null, s));
            }
        }
        claims.removeIf(c -> c.surface() == null); // 王部长-style variants name the person differently
        for (Unit u : r.participatingUnits()) {
            u.mentions().forEach(s -> claims.add(new Claim(u.name(), s)));
        }
        for (Slogan s : r.slogans()) {
            s.mentions().forEach(span -> claims.add(new Claim(s.text(), span)));
        }
        for (KeyPoint k : r.keyPoints()) {
            claims.add(new Claim(k.text(), k.span()));
        }
        if (r.meetingDate() != null) {
            claims.add(new Claim(r.meetingDate().text(), r.meetingDate().span()));
        }
        return claims;
    }
}
