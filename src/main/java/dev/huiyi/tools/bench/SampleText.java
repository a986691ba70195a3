package dev.huiyi.tools.bench;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.GoldPerson;
import dev.huiyi.tools.eval.GoldReader;
import dev.huiyi.tools.eval.GoldRecord;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.InputWalker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The material the generator recombines: titles, body sentences and person names of a sample directory. */
public record SampleText(List<String> titles, List<String> sentences, List<String> names) {

    /** Normalises every report under {@code dir}; names come from the gold files beside them. */
    public static SampleText load(Path dir, MeetingExtractor extractor) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(),
                MeetingExtractor.DEFAULT_MAX_BYTES, Long.MAX_VALUE, null, ref -> false, System.in);
        try (InputWalker walker = new InputWalker(List.of(dir.toString()), settings)) {
            while (walker.hasNext()) {
                InputItem item = walker.next();
                if (item.isFailed()) {
                    continue;
                }
                Source source = item.source();
                Extraction extraction = extractor.extract(source);
                String title = extraction.record().title();
                if (title != null) {
                    titles.add(title);
                }
                CorpusGenerator.sentences(extraction.normalisedText()).stream()
                        .filter(s -> title == null || !title.contains(s)).forEach(sentences::add);
                names.addAll(goldNames(Path.of(item.id())));
            }
        }
        if (sentences.isEmpty() || titles.isEmpty()) {
            throw new IOException("no reports under " + dir);
        }
        // longest first, so 王志刚 is replaced before a shorter name inside it
        List<String> byLength = new ArrayList<>(names);
        byLength.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new SampleText(titles, sentences, byLength);
    }

    private static List<String> goldNames(Path report) {
        String name = report.getFileName().toString();
        Path gold = report.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
        if (!Files.exists(gold)) {
            return List.of();
        }
        GoldRecord record = GoldReader.read(gold);
        List<String> out = new ArrayList<>();
        for (List<GoldPerson> people : List.of(record.hosts(), record.speakers(), record.attendees())) {
            people.stream().map(GoldPerson::name).filter(n -> n.length() >= 2 && n.length() <= 4).forEach(out::add);
        }
        return out;
    }
}
