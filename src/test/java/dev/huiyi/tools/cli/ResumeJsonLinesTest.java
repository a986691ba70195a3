package dev.huiyi.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A resumed JSON Lines file with a line that is not UTF-8: warned about, its input extracted again, no crash. */
class ResumeJsonLinesTest {

    @Test
    void aNonUtf8LineIsSkippedWithAWarningAndItsInputExtractedAgain(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "科技部召开座谈会。李萌主持会议。");
        Files.writeString(in.resolve("b.txt"), "科技部召开座谈会。李萌主持会议。");
        Path jsonl = tmp.resolve("out.jsonl");
        assertThat(Main.run("extract", "--ordered", "--jsonl", jsonl.toString(), in.toString())).isZero();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        // the second line loses a byte of a three-byte character: no longer UTF-8
        byte[] second = lines.get(1).getBytes(StandardCharsets.UTF_8);
        int cut = lines.get(1).indexOf('科');
        int at = lines.get(1).substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        broken.writeBytes((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        broken.write(second, 0, at + 1);
        broken.write(second, at + 2, second.length - at - 2);
        broken.write('\n');
        Files.write(jsonl, broken.toByteArray());

        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            code = Main.run("extract", "--resume", "--jsonl", jsonl.toString(), in.toString());
        } finally {
            System.setErr(err);
        }

        assertThat(code).isZero();
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains(jsonl + ":2:").doesNotContain("\tat ");
        List<String> after = Files.readAllLines(jsonl, StandardCharsets.ISO_8859_1);
        assertThat(after).hasSize(3);
        assertThat(new String(after.get(2).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .contains(in.resolve("b.txt").toString());
    }
}
