package dev.huiyi.normalize;

import dev.huiyi.api.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Text read as itself only where decoding its UTF-8 would give it back; the hash is that of its UTF-8 bytes. */
class TextInputTest {
    @Test
    void aTextThatSurvivesUtf8IsTheDecodedInputItself() {
        String t = "市政府召开常务会议𠀀。";
        assertThat(TextInput.decoded(Source.ofText("t", t))).hasValueSatisfying(d -> {
            assertThat(d.text()).isSameAs(t);
            assertThat(d.encoding()).isEqualTo("UTF-8");
        });
    }

    @Test
    void theBytesDecideForAByteOrderMarkALoneSurrogateOrNothing() {
        assertThat(TextInput.decoded(Source.ofText("t", "\uFEFF会议"))).isEmpty();
        assertThat(TextInput.decoded(Source.ofText("t", "会\uD800议"))).isEmpty();
        assertThat(TextInput.decoded(Source.ofText("t", "会议\uDC00"))).isEmpty();
        assertThat(TextInput.decoded(Source.ofText("t", ""))).isEmpty();
        assertThat(TextInput.decoded(Source.ofBytes("b", "会议".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void theHashOfATextIsTheHashOfItsUtf8Bytes() {
        StringBuilder long1 = new StringBuilder();
        while (long1.length() < ContentHash.CHUNK - 1) {
            long1.append('会');
        }
        // a surrogate pair across the first chunk's end, a lone surrogate at the end of the second
        String straddling = long1 + "𠀀" + "议".repeat(ContentHash.CHUNK - 1) + "\uD800" + "x";
        for (String t : new String[]{"", "abc", "会议", straddling, "\uDC00", "a".repeat(ContentHash.CHUNK)}) {
            assertThat(ContentHash.ofUtf8(t)).isEqualTo(ContentHash.of(t.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(ContentHash.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
