package dev.huiyi.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A write error on the output stops the run with its own exit code and a message, never a silent exit 0. */
class OutputFailureTest {
    private static final String SAMPLE = "samples/000_7d7c59e9712777a1.txt";

    @Test
    void aFullStdoutExitsWithTheOutputFailureCode() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int code;
        try {
            System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            code = Main.run("extract", SAMPLE);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(code).isEqualTo(ExtractCommand.OUTPUT_FAILED).isEqualTo(3);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("huiyi: output failed", "standard output").doesNotContain("\tat ");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullJsonLinesFileExitsWithTheOutputFailureCode() {
        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            code = Main.run("extract", "--jsonl", "/dev/full", SAMPLE);
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(ExtractCommand.OUTPUT_FAILED);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("/dev/full").doesNotContain("\tat ");
    }
}
