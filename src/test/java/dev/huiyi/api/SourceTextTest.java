package dev.huiyi.api;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A source given as text keeps the string and makes no bytes, yet is read exactly as its UTF-8 bytes would be: the
 * same size, bytes, hash, normalised text, offsets and record.
 */
class SourceTextTest {
    /** ASCII, two- and three-byte characters, a surrogate pair (𠀀), a lone high and a lone low surrogate. */
    private static final List<String> TEXTS = List.of("abc", "é会议", "张𠀀三", "a\uD800b", "\uDC00会", "\uD83D", "");

    @Test
    void sizeAndBytesAreThoseOfTheUtf8Encoding() {
        for (String t : TEXTS) {
            Source s = Source.ofText("t", t);
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            assertThat(s.size()).as(t).isEqualTo(utf8.length);
            assertThat(s.bytes()).as(t).isEqualTo(utf8);
            assertThat(s.text()).containsSame(t);
            assertThat(s.charsetHint()).contains(StandardCharsets.UTF_8);
            assertThat(s.withId("u").text()).containsSame(t);
            assertThat(s.withId("u").size()).isEqualTo(utf8.length);
        }
        assertThat(Source.ofBytes("b", new byte[]{1}).text()).isEmpty();
    }

    @Test
    void anExtractionOfTextEqualsOneOfItsBytes() throws IOException {
        MeetingExtractor extractor = SharedExtractor.get();
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6)
                    .map(SourceTextTest::read).toList();
        }
        // a byte order mark and a lone surrogate: read from the bytes, as before
        texts = Stream.concat(texts.stream(), Stream.of("\uFEFF" + texts.get(0), texts.get(1) + "\uD800")).toList();
        for (String text : texts) {
            Extraction fromText = extractor.extract(Source.ofText("r", text));
            Extraction fromBytes = extractor.extract(Source.ofBytes("r", text.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, null));
            assertThat(fromText.record()).isEqualTo(fromBytes.record());
            assertThat(fromText.normalisedText()).isEqualTo(fromBytes.normalisedText());
            assertThat(fromText.inputText()).isEqualTo(fromBytes.inputText());
            assertThat(fromText.inputOffsets()).isEqualTo(fromBytes.inputOffsets());
        }
    }

    @Test
    void anEmptyTextIsStillRefused() {
        assertThatThrownBy(() -> SharedExtractor.get().extract(Source.ofText("e", "")))
                .isInstanceOf(InputException.class).hasMessageContaining("empty");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
