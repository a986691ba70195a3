package dev.huiyi.tools.bench;

import dev.huiyi.io.ArchiveWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large synthetic corpora for benchmarks and the memory run: each document recombines a title and sentences of
 * the sample reports, with the gold persons' names replaced by varied generated names and every date moved.
 * Deterministic for a seed; nothing generated is committed.
 */
public final class CorpusGenerator {
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤";
    private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉海波宁玉兰俊峰斌鹏晓东立新春雪松林庆云飞";

    private final List<Piece> titles;
    private final List<Piece> sentences;
    private final Random random;

    public CorpusGenerator(SampleText samples, long seed) {
        this.titles = pieces(samples.titles(), samples.names());
        this.sentences = pieces(samples.sentences(), samples.names());
        this.random = new Random(seed);
    }

    /** A sentence with the names found in it (longest first), found once rather than per use. */
    private record Piece(String text, List<String> names) {
    }

    private static List<Piece> pieces(List<String> texts, List<String> names) {
        List<Piece> out = new ArrayList<>();
        for (String text : texts) {
            out.add(new Piece(text, names.stream().filter(text::contains).toList()));
        }
        return out;
    }

    /** Writes {@code count} documents {@code gen/000001.txt}… into a .zip or .tar.gz. */
    public void write(Path archive, int count) throws IOException {
        try (ArchiveWriter out = new ArchiveWriter(archive)) {
            for (int i = 1; i <= count; i++) {
                out.add(String.format("gen/%06d.txt", i), document().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** One document: a title, a date line, then 2–6 paragraphs of 2–5 sentences. */
    public String document() {
        Map<String, String> names = new HashMap<>();
        StringBuilder doc = new StringBuilder();
        doc.append(vary(pick(titles), names)).append('\n');
        doc.append(String.format("%d-%02d-%02d %02d:%02d%n", 2015 + random.nextInt(10), 1 + random.nextInt(12),
                1 + random.nextInt(28), 8 + random.nextInt(10), random.nextInt(60)));
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int count = 2 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                doc.append(vary(pick(sentences), names));
            }
            doc.append('\n');
        }
        return doc.toString();
    }

    private String vary(Piece piece, Map<String, String> names) {
        String out = piece.text();
        for (String name : piece.names()) {
            out = out.replace(name, names.computeIfAbsent(name, n -> newName(n.length())));
        }
        Matcher m = DATE.matcher(out);
        StringBuilder dated = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(dated, (2015 + random.nextInt(10)) + "年" + (1 + random.nextInt(12)) + "月"
                    + (1 + random.nextInt(28)) + "日");
        }
        m.appendTail(dated);
        return dated.toString();
    }

    private String newName(int length) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        for (int i = 1; i < Math.max(2, Math.min(length, 3)); i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private Piece pick(List<Piece> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Splits text into sentences ending in 。！？ (line breaks end one too). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush(current, out);
                continue;
            }
            current.append(c);
            if (c == '。' || c == '！' || c == '？') {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().strip();
        if (s.length() >= 8) {
            out.add(s);
        }
        current.setLength(0);
    }
}
