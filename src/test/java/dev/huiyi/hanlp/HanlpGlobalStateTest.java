package dev.huiyi.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A host application that also uses HanLP sees no change after building and using an extractor. */
class HanlpGlobalStateTest {
    private static final String SENTENCE = "中央纪委国家监委驻科技部纪检监察组组长龚堂华同志作了专题报告,党史学习教育中央第25指导组组长段余应一行莅临指导。";

    @Test
    void plainHanlpSegmentationIsUnchanged() throws IOException {
        String before = HanLP.segment(SENTENCE).toString();
        boolean customBefore = CustomDictionary.contains("纪检监察组");
        String pathBefore = String.join(";", HanLP.Config.CustomDictionaryPath);
        boolean nameBefore = HanLP.Config.ShowTermNature;
        // Our segmenter shares the bundled custom dictionary read-only: words of ours that it already holds
        // (with HanLP's own nature and frequency) must keep them.
        List<String> ourWords = ourWords();
        List<String> entriesBefore = ourWords.stream().map(w -> String.valueOf(CustomDictionary.get(w))).toList();

        MeetingExtractor extractor = MeetingExtractor.builder().build();
        extractor.extract(Source.ofText("x.txt", "标题\n" + SENTENCE));

        assertThat(HanLP.segment(SENTENCE).toString()).isEqualTo(before);
        assertThat(CustomDictionary.contains("纪检监察组")).isEqualTo(customBefore);
        assertThat(String.join(";", HanLP.Config.CustomDictionaryPath)).isEqualTo(pathBefore);
        assertThat(HanLP.Config.ShowTermNature).isEqualTo(nameBefore);
        assertThat(ourWords.stream().map(w -> String.valueOf(CustomDictionary.get(w))).toList())
                .isEqualTo(entriesBefore);
        assertThat(ourWords).anyMatch(w -> CustomDictionary.get(w) != null); // the check above has teeth
    }

    private static List<String> ourWords() throws IOException {
        return Files.readAllLines(Path.of("models/segment/words.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0].strip())
                .toList();
    }
}
