package dev.huiyi.normalize;

import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.text.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoding, layout, chrome, folding and conversion, with a tiny converter so HanLP is not needed. */
class NormalizerTest {
    private static final ScriptConverter TINY = c -> Map.of('會', '会', '議', '议', '長', '长', '開', '开', '國', '国')
            .getOrDefault(c, c);
    private final Normalizer normalizer = new Normalizer(
            new CharsetDetector(Set.of('会', '议', '的', '在', '國', '會', '議')),
            LayoutRules.load(ModelSource.bundled()), TINY);

    private Document normalize(byte[] bytes) {
        return normalizer.normalize(Source.ofBytes("t.txt", bytes));
    }

    @Test
    void dropsChromeKeepsDateLineAndFindsHeadline() {
        String text = "当前位置: 首页 > 工作动态\n市政府召开常务会议\n发布时间：2023-05-06 09:30\n【字号: 大 中 小】\n"
                + "　　5日,市政府召开常务会议。\n责任编辑:张三\n扫一扫在手机打开当前页\n";
        Document d = normalize(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("市政府召开常务会议\n发布时间:2023-05-06 09:30\n5日,市政府召开常务会议。");
        assertThat(d.slice(d.titleLine())).isEqualTo("市政府召开常务会议");
        assertThat(d.slice(d.dateLine())).isEqualTo("发布时间:2023-05-06 09:30");
    }

    @Test
    void aTextWithNothingToNormaliseIsHeldOnceNotCopied() {
        String text = "市政府召开常务会议,会议在市政府举行。";
        Document d = normalizer.normalize(Source.ofText("t.txt", text));
        assertThat(d.inputText()).isSameAs(text);
        assertThat(d.text()).isSameAs(text);
        assertThat(d.normalised().map().toOrigin(text.length() - 1)).isEqualTo(text.length() - 1);
        Document folded = normalizer.normalize(Source.ofText("t.txt", "会议，" + text));
        assertThat(folded.text()).isEqualTo("会议," + text).isNotSameAs(folded.inputText());
    }

    @Test
    void foldsWidthsButKeepsChinesePunctuation() {
        Document d = normalize("标题\n２０２３年，会议（扩大）：“两个维护”、《决定》。ＡＢ".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).endsWith("2023年,会议(扩大):“两个维护”、《决定》。AB");
    }

    @Test
    void detectsGb18030AndBig5() {
        String simplified = "标题\n市人大常委会召开会议,会议在市政府举行。";
        Document gb = normalize(simplified.getBytes(Charset.forName("GB18030")));
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(gb.text()).isEqualTo(simplified);
        String traditional = "標題\n市人大常委會召開會議,會議在市政府舉行。";
        Document big5 = normalize(traditional.getBytes(Charset.forName("Big5")));
        assertThat(big5.encoding()).isEqualTo("Big5");
        assertThat(big5.text()).contains("常委会召开会议,会议");
        assertThat(big5.text()).hasSameSizeAs(traditional);
    }

    @Test
    void big5PagesWithTheEtenExtensionsDecode() {
        // 恒 is 0xF9DA, an ETEN extension that Java's plain Big5 lacks and real Big5 pages use.
        String traditional = "標題\n市人大常委會召開會議,會議在恒春市政府舉行。";
        Document big5 = normalize(traditional.getBytes(Charset.forName("Big5-HKSCS")));
        assertThat(big5.encoding()).isEqualTo("Big5-HKSCS");
        assertThat(big5.text()).contains("恒春市政府").hasSameSizeAs(traditional);
    }

    @Test
    void big5NameDotBecomesTheMiddleDot() {
        // 0xA145 is Taiwan's name dot (U+2027 in Windows-950); Java's Big5 decodes it as a bullet, U+2022
        byte[] name = "標題\n自治區政協副主席買買提".getBytes(Charset.forName("Big5"));
        byte[] rest = "艾力主持會議,會議在市政府舉行。".getBytes(Charset.forName("Big5"));
        byte[] big5 = new byte[name.length + 2 + rest.length];
        System.arraycopy(name, 0, big5, 0, name.length);
        big5[name.length] = (byte) 0xA1;
        big5[name.length + 1] = (byte) 0x45;
        System.arraycopy(rest, 0, big5, name.length + 2, rest.length);
        Document d = normalize(big5);
        assertThat(d.encoding()).isEqualTo("Big5");
        assertThat(d.text()).contains("提·艾力主持").doesNotContain("\u2022");
    }

    @Test
    void offsetsMapBackToTheInput() {
        String input = "当前位置: 首页\n  标题行\n\n　　正文，第一段。\n";
        Document d = normalize(input.getBytes(StandardCharsets.UTF_8));
        int at = d.text().indexOf("正文");
        assertThat(input.charAt(d.normalised().map().toOrigin(at))).isEqualTo('正');
        int comma = d.text().indexOf(',');
        assertThat(input.charAt(d.normalised().map().toOrigin(comma))).isEqualTo('，');
    }

    @Test
    void strayTagsInPlainTextAreRemoved() {
        Document d = normalize("标题\n<p>第一段。</p><p>第二段。</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("标题\n第一段。\n第二段。");
    }

    @Test
    void anXmlDeclarationBeforeTheHtmlTagStillSniffsAsHtml() {
        // a page saved as .xml (no format from its name): before the fix the declaration hid the <html> tag, and the
        // markup became report text
        String page = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- saved by the portal -->\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>市政府召开常务会议</title></head>"
                + "<body><p>5日,市政府召开常务会议。</p></body></html>";
        Document d = normalizer.normalize(Source.ofBytes("page.xml", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.format()).isEqualTo(SourceFormat.HTML);
        assertThat(d.text()).doesNotContain("<", "xml").contains("5日,市政府召开常务会议。");
    }

    @Test
    void xmlThatIsNotAPageStaysText() {
        String xml = "<?xml version=\"1.0\"?>\n<report><p>5日,市政府召开常务会议。</p></report>";
        Document d = normalizer.normalize(Source.ofBytes("data.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.format()).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void htmlHeadlineDateLineAndBody() {
        String html = "<html><head><title>某某会议召开_某某门户</title><script>var a=1;</script></head><body>"
                + "<ul class=nav><li><a href=/>首页</a></li><li><a href=/b>机构设置</a></li></ul>"
                + "<h1>某某会议召开</h1><div>日期: 2021年12月06日 15:11</div><p>正文&ldquo;两个维护&rdquo;。</p>"
                + "<footer>版权所有</footer></body></html>";
        Document d = normalizer.normalize(Source.ofBytes("p.html", html.getBytes(StandardCharsets.UTF_8), null,
                SourceFormat.HTML));
        assertThat(d.text()).isEqualTo("某某会议召开\n日期: 2021年12月06日 15:11\n正文“两个维护”。");
        assertThat(d.slice(d.titleLine())).isEqualTo("某某会议召开");
        int quote = d.text().indexOf('“');
        assertThat(html.charAt(d.normalised().map().toOrigin(quote))).isEqualTo('&');
    }

    @Test
    void aForumsAntiCopyNoiseIsNoPartOfTheText() {
        // Discuz hides these spans with its stylesheet, not inline: a reader never sees them
        String html = "<html><body><h1>表彰大会召开</h1><p>与会领导颁发了证书。<font class=\"jammer\">1 c# f. v8 M4</font>"
                + "代表先后作了发言。<span style=\"display:none\">O3 R</span></p></body></html>";
        Document d = normalizer.normalize(Source.ofBytes("p.html", html.getBytes(StandardCharsets.UTF_8), null,
                SourceFormat.HTML));
        assertThat(d.text()).isEqualTo("表彰大会召开\n与会领导颁发了证书。代表先后作了发言。");
    }

    @Test
    void aLineBreakOfTheMarkupBetweenHanCharactersIsNoSpace() {
        // the page's source wraps a name (乔书|远); a browser sets no space there, and a space would split the name
        String html = "<html><body><h1>巡察反馈会召开</h1><p>纪委书记乔书\n  远出席会议并讲话。Hello\nworld 和\n2024年</p>"
                + "</body></html>";
        Document d = normalizer.normalize(Source.ofBytes("p.html", html.getBytes(StandardCharsets.UTF_8), null,
                SourceFormat.HTML));
        assertThat(d.text()).isEqualTo("巡察反馈会召开\n纪委书记乔书远出席会议并讲话。Hello world 和 2024年");
        int yuan = d.text().indexOf('远');
        assertThat(html.charAt(d.normalised().map().toOrigin(yuan))).isEqualTo('远');
    }
}
