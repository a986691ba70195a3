package dev.huiyi.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A file handed over as a stream gives the inputs that InputWalker gives for the same file on disk. */
class StreamInputsTest {
    private static final int CAP = 1000;

    @Test
    void anArchiveGivesTheWalkersItems(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("a.zip");
        Files.write(zip, zip(List.of("r/one.txt", "big.txt", "notes.md", "empty.html"),
                name -> name.equals("big.txt") ? new byte[CAP + 1] : name.equals("empty.html") ? new byte[0]
                        : "会议".getBytes(StandardCharsets.UTF_8)));

        StreamInputs stream = new StreamInputs(zip.toString(), () -> Files.newInputStream(zip), () -> -1,
                InputFilter.defaults(), CAP, Long.MAX_VALUE);
        List<String> fromStream = describe(stream);
        List<String> fromWalker;
        try (InputWalker walker = new InputWalker(List.of(zip.toString()), new InputWalker.Settings(
                InputFilter.defaults(), CAP, Long.MAX_VALUE, null, ref -> false, null))) {
            fromWalker = describe(walker);
            assertThat(stream.ignored().snapshot()).isEqualTo(walker.ignored().snapshot()).containsKey("notIncluded");
        }
        assertThat(fromStream).isEqualTo(fromWalker).hasSize(3)
                .contains(zip + "!/big.txt failed InputException entry is larger than the size cap of 1000 bytes");
    }

    @Test
    void aFileOverTheCapIsNamedWithItsSizeAndAnUnreadableOneIsAnIoError() {
        byte[] big = new byte[CAP + 5];
        StreamInputs over = new StreamInputs("dir/big.txt", () -> new ByteArrayInputStream(big), () -> big.length,
                InputFilter.defaults(), CAP, Long.MAX_VALUE);
        assertThat(describe(over)).containsExactly(
                "dir/big.txt failed InputException input of 1005 bytes is over the size cap of 1000 bytes");

        StreamInputs unreadable = new StreamInputs("dir/gone.txt", () -> {
            throw new IOException("gone");
        }, () -> 0, InputFilter.defaults(), CAP, Long.MAX_VALUE);
        assertThat(describe(unreadable)).singleElement().asString()
                .startsWith("dir/gone.txt failed IOException cannot read dir/gone.txt");

        StreamInputs corrupt = new StreamInputs("x.zip", () -> new ByteArrayInputStream(new byte[] {1, 2, 3}),
                () -> 3, InputFilter.defaults(), CAP, Long.MAX_VALUE);
        assertThat(describe(corrupt)).allMatch(s -> s.startsWith("x.zip"));
    }

    @Test
    void aReportIsReadWholeWithItsFormatFromTheName() {
        byte[] page = "<html><body><p>会议</p></body></html>".getBytes(StandardCharsets.UTF_8);
        StreamInputs one = new StreamInputs("site/a.html", () -> new ByteArrayInputStream(page), () -> page.length,
                InputFilter.defaults(), CAP, Long.MAX_VALUE);
        InputItem item = one.next();
        assertThat(one.hasNext()).isFalse();
        assertThat(item.isFailed()).isFalse();
        assertThat(item.id()).isEqualTo("site/a.html");
        assertThat(item.bytes()).isEqualTo(page.length);
        assertThat(item.source().formatHint()).contains(dev.huiyi.api.SourceFormat.HTML);
    }

    private static List<String> describe(java.util.Iterator<InputItem> items) {
        List<String> out = new ArrayList<>();
        items.forEachRemaining(item -> out.add(item.id() + (item.isFailed()
                ? " failed " + item.failure().type() + " " + item.failure().message() : " read " + item.bytes())));
        return out;
    }

    private static byte[] zip(List<String> names, Function<String, byte[]> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content.apply(name));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
