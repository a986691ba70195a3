package dev.huiyi.normalize;

import dev.huiyi.text.MappedText;
import dev.huiyi.text.MappedTextBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into text lines with exact offsets back into the page source: scripts, navigation
 * and footers dropped, one line per block element, lines that are mostly link text (menus, breadcrumbs,
 * share widgets) dropped. The first {@code <h1>} (else {@code <h2>}) is the headline; without one the
 * {@code <title>} up to its site suffix is used.
 */
public final class HtmlLayout {
    /**
     * Never text of the report. Not {@code form}: university and government CMSs wrap the whole article in one
     * ({@code <form name="_newscontent_fromname">}); its controls are dropped instead.
     */
    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "noscript",
            "iframe", "select", "button", "textarea", "head", "object", "svg", "template", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "tr", "td", "th", "table", "section", "article", "br", "dd", "dt", "dl", "blockquote", "center");
    private static final double MAX_LINK_SHARE = 0.5;
    /** The class a forum (Discuz) gives the noise it hides between a post's sentences against copying. */
    private static final String JAMMER_CLASS = "jammer";
    /** Elements whose class or id names them a title (newstitle, art_title, article-title), not a subtitle. */
    private static final String TITLED = "[class~=(?i)^(news|art|article|content|detail|con|show)?[_-]?title$], "
            + "[id~=(?i)^(news|art|article|content|detail|con|show)?[_-]?title$]";
    private static final int MIN_TITLED = 6;
    private static final int MAX_TITLED = 100;
    /** A footer holds a few lines; a page that puts its whole body in one is no reason to keep thousands. */
    private static final int MAX_ASIDE_LINES = 40;

    public RawLayout layout(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element headline = page.body().selectFirst("h1");
        if (headline == null) {
            headline = page.body().selectFirst("h2");
        }
        if (headline == null) {
            headline = titledElement(page);
        }
        LineCollector collector = new LineCollector(html, headline);
        page.body().traverse(collector);
        collector.flush();
        List<MappedText> lines = new ArrayList<>(collector.lines);
        int headlineIndex = collector.headlineIndex;
        if (headlineIndex < 0) {
            MappedText fromTitle = titleElementLine(page, html);
            if (fromTitle != null) {
                lines.add(0, fromTitle);
                headlineIndex = 0;
            }
        }
        return new RawLayout(lines, headlineIndex, asideLines(page));
    }

    /** The lines of the page's header and footer elements: dropped from the text, read for the site's owner. */
    private static List<String> asideLines(Document page) {
        List<String> out = new ArrayList<>();
        for (Element aside : page.body().select("header, footer")) {
            for (String line : aside.wholeText().split("\n")) {
                if (!line.isBlank() && out.size() < MAX_ASIDE_LINES) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /**
     * Old CMS pages without h1/h2 mark the article's headline by a class or id (td class="newstitle", div
     * id="art_title"): the first such element with a headline's length, where the page's {@code <title>} often
     * gives only the site and column (新乡市妇产医院--新闻动态).
     */
    private static Element titledElement(Document page) {
        for (Element e : page.body().select(TITLED)) {
            String text = e.text().strip();
            if (text.length() >= MIN_TITLED && text.length() <= MAX_TITLED && e.select("a").text().length() * 2 < text.length()) {
                return e;
            }
        }
        return null;
    }

    /** The page's {@code <title>} without a site suffix such as {@code _科学技术部门户} or {@code - 新华网}. */
    private static MappedText titleElementLine(Document page, String html) {
        Element title = page.selectFirst("title");
        if (title == null || title.textNodes().isEmpty()) {
            return null;
        }
        TextNode node = title.textNodes().get(0);
        MappedTextBuilder line = new MappedTextBuilder();
        appendMapped(node, html, line);
        String text = line.build().text();
        int cut = text.length();
        for (String sep : List.of("_", " - ", "-", "|", "——")) {
            int at = text.indexOf(sep);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        line.truncate(cut);
        MappedText result = line.build();
        return result.text().isBlank() ? null : result;
    }

    /** Appends a text node's characters, each mapped to its offset in the source (entities map to their '&'). */
    static void appendMapped(TextNode node, String html, MappedTextBuilder out) {
        String text = node.getWholeText();
        int pos = node.sourceRange().isTracked() ? node.sourceRange().startPos() : -1;
        int end = node.sourceRange().isTracked() ? node.sourceRange().endPos() : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int origin = Math.max(0, Math.min(pos, html.length() - 1));
            out.append(c, origin);
            if (pos < 0) {
                continue;
            }
            if (pos < end && html.charAt(pos) == c) {
                pos++;
            } else if (pos < end && html.charAt(pos) == '&') {
                int semi = html.indexOf(';', pos);
                pos = semi > 0 && semi - pos <= 10 ? semi + 1 : pos + 1;
            } else if (pos < end) {
                pos++;
            }
        }
    }

    private static final class LineCollector implements NodeVisitor {
        private final String html;
        private final Element headline;
        private final List<MappedText> lines = new ArrayList<>();
        private MappedTextBuilder line = new MappedTextBuilder();
        private int linkChars;
        private int skipDepth = -1;
        private int headlineIndex = -1;
        private boolean inHeadline;

        LineCollector(String html, Element headline) {
            this.html = html;
            this.headline = headline;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof Element el) {
                if (DROPPED.contains(el.normalName()) || isHiddenChrome(el)) {
                    skipDepth = depth;
                    return;
                }
                if (BLOCKS.contains(el.normalName())) {
                    flush();
                }
                if (el == headline) {
                    inHeadline = true;
                }
            } else if (node instanceof TextNode text) {
                int before = line.length();
                appendCollapsed(text);
                if (insideLink(text)) {
                    linkChars += line.length() - before;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                flush();
                if (el == headline) {
                    inHeadline = false;
                }
            }
        }

        private void appendCollapsed(TextNode node) {
            MappedTextBuilder raw = new MappedTextBuilder();
            appendMapped(node, html, raw);
            MappedText text = raw.build();
            String s = text.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    int runEnd = i;
                    boolean segmentBreak = false;
                    while (runEnd < s.length() && isSpace(s.charAt(runEnd))) {
                        segmentBreak |= s.charAt(runEnd) == '\n' || s.charAt(runEnd) == '\r';
                        runEnd++;
                    }
                    // 巡察工作领导小组副组长乔书\n远出席: a line break of the source between two wide characters is
                    // no space (CSS Text 3 segment-break transformation), so a name or word wrapped in the markup
                    // stays whole.
                    boolean betweenWide = segmentBreak && line.length() > 0 && runEnd < s.length()
                            && isWide(line.charAt(line.length() - 1)) && isWide(s.charAt(runEnd));
                    if (!betweenWide && line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                        line.append(' ', text.map().toOrigin(i));
                    }
                    i = runEnd - 1;
                } else {
                    line.append(c, text.map().toOrigin(i));
                }
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
        }

        /** A character East Asian typography sets without spaces: Han, CJK punctuation, full-width forms. */
        private static boolean isWide(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                    || (c >= '\uff01' && c <= '\uff60');
        }

        private static boolean insideLink(Node node) {
            for (Node p = node.parent(); p != null; p = p.parent()) {
                if (p instanceof Element e && e.normalName().equals("a")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What a browser does not show is not the report: a page's hidden copies once gave an invented host; a forum's
         * anti-copy noise (Discuz's {@code jammer} spans, hidden by its stylesheet) would give key points of noise.
         */
        private static boolean isHiddenChrome(Element el) {
            String style = el.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            return style.contains("display:none") || style.contains("visibility:hidden") || el.hasAttr("hidden")
                    || el.attr("aria-hidden").equalsIgnoreCase("true") || el.hasClass(JAMMER_CLASS);
        }

        void flush() {
            MappedText built = line.build();
            int trimmedLength = built.text().strip().length();
            boolean mostlyLinks = trimmedLength > 0 && linkChars > MAX_LINK_SHARE * trimmedLength;
            if (trimmedLength > 0 && (!mostlyLinks || inHeadline)) {
                if (inHeadline && headlineIndex < 0) {
                    headlineIndex = lines.size();
                }
                lines.add(built);
            }
            line = new MappedTextBuilder();
            linkChars = 0;
        }
    }
}
