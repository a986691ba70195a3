package dev.huiyi.normalize;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.InputException;
import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.Span;
import dev.huiyi.text.Document;
import dev.huiyi.text.MappedText;
import dev.huiyi.text.Scripts;
import dev.huiyi.text.MappedTextBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bytes → {@link Document}: decode, lay out (HTML or text), drop page chrome, fold widths, convert
 * traditional characters, and find the headline and the date line. Every step keeps the offset map.
 */
public final class Normalizer {
    /** Share of CJK characters that must change under conversion before a text counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.04;
    /** How many lines from the top may hold the headline (app chrome can take several). */
    private static final int HEADLINE_WINDOW = 10;
    private static final int HEADLINE_MAX = 80;
    /** A kept line this long with a full stop in it is body text: a tail cue after it ends the report. */
    private static final int MIN_BODY_LINE = 20;
    /**
     * A page's opening: an XML declaration (XHTML, and .xml/.shtml pages saved by portals) and comments may stand
     * before the first tag. Each part is bounded, so the sniff reads a few KB at most.
     */
    private static final Pattern HTML_SNIFF = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]{0,500}>\\s*)?"
            + "(?:<!--.{0,2000}?-->\\s*){0,8}(<!doctype html|<html|<head|<meta|<body)");

    private final CharsetDetector charsets;
    private final LayoutRules layoutRules;
    private final ScriptConverter converter;
    private final CharFolder folder = new CharFolder();

    public Normalizer(CharsetDetector charsets, LayoutRules layoutRules, ScriptConverter converter) {
        this.charsets = charsets;
        this.layoutRules = layoutRules;
        this.converter = converter;
    }

    public Document normalize(Source source) {
        Read read = read(source);
        DecodedInput decoded = read.decoded();
        SourceFormat format = source.formatHint().orElseGet(() -> sniffFormat(decoded.text()));
        RawLayout layout = format == SourceFormat.HTML
                ? new HtmlLayout().layout(decoded.text())
                : new PlainTextLayout().layout(decoded.text());
        List<String> warnings = new ArrayList<>();

        List<MappedText> folded = new ArrayList<>();
        int headlineRaw = -1;
        for (int i = 0; i < layout.lines().size(); i++) {
            MappedText line = folder.fold(layout.lines().get(i)).strip();
            if (!line.text().isEmpty()) {
                if (i == layout.headlineIndex()) {
                    headlineRaw = folded.size();
                }
                folded.add(line);
            }
        }
        // Convert before classifying, so that chrome rules written in simplified characters match 當前位置 too.
        boolean traditional = looksTraditional(folded);
        if (traditional) {
            folded.replaceAll(this::convert);
        }
        List<MappedText> lines = new ArrayList<>();
        List<LineKind> kinds = new ArrayList<>();
        List<String> ownerLines = new ArrayList<>();
        // <footer>Copyright © 2024 X有限公司 版权所有: the page's owner, though the footer is no text of the report.
        for (String aside : layout.asideLines()) {
            MappedText asideLine = folder.fold(MappedText.identity(aside)).strip();
            String line = traditional ? convert(asideLine).text() : asideLine.text();
            if (layoutRules.classify(line).filter(k -> k == LineKind.OWNER).isPresent()) {
                layoutRules.ownerText(line).ifPresent(ownerLines::add);
            }
        }
        int headline = -1;
        boolean bodySeen = false;
        for (int i = 0; i < folded.size(); i++) {
            Optional<LineKind> kind = layoutRules.classify(folded.get(i).text());
            if (kind.filter(k -> k == LineKind.TODAY).isPresent()) {
                // 2022年12月30日 星期五 under 滨州日报数字报: an e-paper's issue date; alone on a portal: its today
                kind = Optional.of(paperCueNear(folded, i) ? LineKind.DATELINE : LineKind.CHROME);
            }
            if (i == headlineRaw) {
                headline = lines.size();
            } else if (kind.filter(k -> k == LineKind.TAIL).isPresent()) {
                if (bodySeen) {
                    break; // 新闻推荐: the teasers after it are other reports, with their own hosts and dates
                }
                continue;
            } else if (kind.filter(k -> k == LineKind.CHROME).isPresent()) {
                continue;
            } else if (kind.filter(k -> k == LineKind.OWNER).isPresent()) {
                layoutRules.ownerText(folded.get(i).text()).ifPresent(ownerLines::add);
                continue;
            } else if (kind.filter(k -> k == LineKind.OWNER_NAMED).isPresent()) {
                // kept: the report's text may name its owner only here
                layoutRules.ownerBefore(folded.get(i).text()).ifPresent(ownerLines::add);
                kind = Optional.empty();
            }
            lines.add(folded.get(i));
            kinds.add(kind.orElse(null));
            bodySeen = bodySeen || isBodySentence(folded.get(i).text());
        }
        if (lines.isEmpty()) {
            throw new InputException(format == SourceFormat.HTML ? "html had no body text" : "input has no text");
        }
        if (format == SourceFormat.TEXT) {
            // Text pasted from a PDF: join its print lines into sentences before anything reads them.
            List<HardWraps.Line> marked = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                marked.add(new HardWraps.Line(lines.get(i), kinds.get(i), i == headline));
            }
            List<HardWraps.Line> unwrapped = HardWraps.join(marked);
            if (unwrapped.size() != marked.size()) {
                lines.clear();
                kinds.clear();
                for (HardWraps.Line line : unwrapped) {
                    if (line.headline()) {
                        headline = lines.size();
                    }
                    lines.add(line.text());
                    kinds.add(line.kind());
                }
            }
        }

        int dateLine = findDateLine(kinds, lines);
        if (headline < 0) {
            // a date line in a metadata table says nothing of where the headline stands (it follows the table)
            boolean inMetadata = dateLine >= HEAD_LINES && dateLine < Math.min(lines.size() - FOOT_LINES, METADATA_WINDOW);
            headline = findHeadline(lines, kinds, inMetadata ? -1 : dateLine);
        }
        int joinedLength = lines.size() - 1;
        for (MappedText line : lines) {
            joinedLength += line.text().length();
        }
        MappedTextBuilder joined = new MappedTextBuilder(joinedLength);
        List<Span> lineSpans = new ArrayList<>();
        for (MappedText line : lines) {
            if (joined.length() > 0) {
                joined.append('\n', lastOrigin(line));
            }
            int start = joined.length();
            for (int c = 0; c < line.text().length(); c++) {
                joined.append(line.text().charAt(c), line.map().toOrigin(c));
            }
            lineSpans.add(new Span(start, joined.length()));
        }
        List<Span> paragraphs = new ArrayList<>();
        // Short lines above the headline are page chrome the rules did not know (今天是…, site names, app
        // buttons): never body, so no meeting date or name is read from them.
        for (int i = Math.max(0, headline); i < lineSpans.size(); i++) {
            if (i != headline && i != dateLine) {
                paragraphs.add(lineSpans.get(i));
            }
        }
        if (traditional) {
            warnings.add("converted traditional characters to simplified");
        }
        Span titleSpan = headline >= 0 ? lineSpans.get(headline) : null;
        Span dateSpan = dateLine >= 0 ? lineSpans.get(dateLine) : null;
        int headlineDate = headline >= 0 ? layoutRules.headlineDateAt(lines.get(headline).text()) : -1;
        if (headlineDate > 0) {
            // …全委(扩大)会议【2018-02-26】: the date is the page's publication date, not part of the headline.
            String t = lines.get(headline).text();
            int end = headlineDate;
            while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            if (dateSpan == null) {
                dateSpan = new Span(titleSpan.start() + headlineDate, titleSpan.end());
            }
            titleSpan = new Span(titleSpan.start(), titleSpan.start() + end);
        }
        int headlineSuffix = titleSpan != null ? layoutRules.headlineSuffixAt(lines.get(headline).text()) : -1;
        if (headlineSuffix > 0 && headlineSuffix < titleSpan.length()) {
            // …推进会 —— 安徽党媒云 | 社区融媒: the site's name after a spaced separator is no part of the headline.
            titleSpan = new Span(titleSpan.start(), titleSpan.start() + headlineSuffix);
        }
        int headlinePrefix = titleSpan != null ? layoutRules.headlinePrefixEnd(lines.get(headline).text()) : -1;
        if (headlinePrefix > 0 && headlinePrefix < titleSpan.length()) {
            // [本地新闻] 我县召开…: a forum's tag before the headline is no part of it.
            titleSpan = new Span(titleSpan.start() + headlinePrefix, titleSpan.end());
        }
        MappedText normalised = joined.build();
        if (normalised.text().equals(decoded.text())) {
            // nothing to normalise (a plain one-line text): the input's string serves, not an equal copy of it
            normalised = new MappedText(decoded.text(), normalised.map());
        }
        if (titleSpan != null) {
            titleSpan = withoutLeadingMarks(normalised.text(), titleSpan);
        }
        return new Document(source.id(), format, decoded.encoding(), read.sha256(), decoded.text(), normalised,
                titleSpan, dateSpan, paragraphs, ownerLines, warnings);
    }

    private record Read(DecodedInput decoded, String sha256) {
    }

    /** The decoded input and the hash of its bytes; the copy of the bytes made here is garbage when this returns. */
    private Read read(Source source) {
        Optional<DecodedInput> text = TextInput.decoded(source);
        if (text.isPresent()) {
            return new Read(text.get(), ContentHash.ofUtf8(text.get().text()));
        }
        byte[] bytes = source.bytes();
        return new Read(charsets.decode(bytes, source.charsetHint()), ContentHash.of(bytes));
    }

    /** • 青岛市…视频会议, ▲…: a list bullet or caption mark opening the headline's line is no part of the title. */
    private static Span withoutLeadingMarks(String text, Span title) {
        int start = title.start();
        while (start < title.end() - 1 && isLeadingMark(text.charAt(start))) {
            start++;
        }
        return start == title.start() ? title : new Span(start, title.end());
    }

    private static boolean isLeadingMark(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                || type == Character.DASH_PUNCTUATION || c == '•' || c == '·' || c == '*';
    }

    /** A line of running text: long enough and closed by a full stop somewhere, not a headline or menu. */
    private static boolean isBodySentence(String line) {
        return line.length() >= MIN_BODY_LINE && line.indexOf('。') > 0;
    }

    private static int lastOrigin(MappedText nextLine) {
        // A joining newline has no character of its own in the input: attribute it to the next line's start.
        return nextLine.map().toOrigin(0);
    }

    private static SourceFormat sniffFormat(String text) {
        return HTML_SNIFF.matcher(Deadline.guard(text)).find() ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    private boolean looksTraditional(List<MappedText> lines) {
        long cjk = 0;
        long changed = 0;
        for (MappedText line : lines) {
            String t = line.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Scripts.isHan(c)) {
                    cjk++;
                    if (converter.toSimplified(c) != c) {
                        changed++;
                    }
                }
            }
        }
        return cjk > 0 && changed >= Math.max(3, TRADITIONAL_SHARE * cjk);
    }

    private MappedText convert(MappedText line) {
        char[] chars = line.text().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = converter.toSimplified(chars[i]);
        }
        return new MappedText(new String(chars), line.map());
    }

    /** How many lines at the head of a page, and at its foot, are searched first for a date line. */
    private static final int HEAD_LINES = 6;
    private static final int FOOT_LINES = 4;
    /** How many lines of a page's head a metadata table may take before the body starts. */
    private static final int METADATA_WINDOW = 16;
    /**
     * A date with its year (2017-02-27, 2017年2月27日, 13.01.2017, 二〇二三年六月三十日): what a date line must hold to
     * give one.
     */
    private static final Pattern YEAR_DATE = Pattern.compile(
            "\\d{4}\\s*[-./年]\\s*\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|[〇○零一二三四五六七八九]{4}年");
    /** A longer line holding a date is a sentence, not a date line. */
    private static final int MAX_DATE_LINE = 120;

    /** How far from a lone date-with-weekday line a newspaper's cue makes it the issue's date. */
    private static final int PAPER_CUE_LINES = 3;

    /** Whether a newspaper's cue (masthead, page navigation, 本报讯) stands within a few lines of line {@code at}. */
    private boolean paperCueNear(List<MappedText> lines, int at) {
        for (int i = Math.max(0, at - PAPER_CUE_LINES); i <= Math.min(lines.size() - 1, at + PAPER_CUE_LINES); i++) {
            if (i != at && layoutRules.isPaperCue(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The first date line near the head of the page; otherwise an 印发 line at the foot of minutes. */
    private static int findDateLine(List<LineKind> kinds, List<MappedText> lines) {
        int head = Math.min(lines.size(), HEAD_LINES);
        int inHead = firstDateLine(kinds, lines, 0, head);
        if (inHead >= 0) {
            return inHead;
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - FOOT_LINES); i--) {
            if (kinds.get(i) == LineKind.ISSUED || kinds.get(i) == LineKind.DATELINE) {
                return i;
            }
        }
        // A government-information page lists its metadata first (索引号, 成文日期, 发布日期…): its date line may
        // stand below the first few lines, before the headline repeats.
        return firstDateLine(kinds, lines, head, Math.min(lines.size(), METADATA_WINDOW));
    }

    /**
     * The first date line (of a date line's length) among lines {@code [from, to)} that holds a date with its year, or
     * -1: a label the page breaks from its date (发布时间:|⏎2017-02-27) gives no date, the line after it does.
     */
    private static int firstDateLine(List<LineKind> kinds, List<MappedText> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (kinds.get(i) == LineKind.DATELINE && lines.get(i).text().length() <= MAX_DATE_LINE
                    && YEAR_DATE.matcher(lines.get(i).text()).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Among the short lines at the top (before the first sentence), the first that reads like a headline;
     * otherwise the first of them. A line with 。 ends the search: the body has begun.
     */
    private int findHeadline(List<MappedText> lines, List<LineKind> kinds, int dateLine) {
        int first = -1;
        int beforeDateLine = -1;
        // chrome lines (a metadata table, menus) do not use up the window: the headline may stand below them
        for (int i = 0, read = 0; i < lines.size() && read < HEADLINE_WINDOW; i++) {
            String t = lines.get(i).text();
            if (kinds.get(i) != null) {
                continue;
            }
            read++;
            if (t.length() > HEADLINE_MAX || t.contains("。")) {
                break;
            }
            if (layoutRules.looksLikeHeadline(t)) {
                return i;
            }
            first = first < 0 ? i : first;
            if (i < dateLine && !t.isBlank()) {
                beforeDateLine = i;
            }
        }
        // No line reads like a meeting headline: the page's own headline stands right above its date line (app and
        // portal chrome — 登录, 下载客户端, site names — stands above that); otherwise the first short line.
        return beforeDateLine >= 0 ? beforeDateLine : first;
    }
}
