package dev.huiyi.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Globs of --include/--exclude and the output names of --out. */
class InputNamingTest {

    @Test
    void defaultGlobsTakeTextAndHtmlCaseInsensitively() {
        InputFilter filter = InputFilter.defaults();
        assertThat(filter.accepts("a/b/report.TXT")).isTrue();
        assertThat(filter.accepts("x.htm")).isTrue();
        assertThat(filter.accepts("x.gold.json")).isFalse();
        assertThat(filter.accepts("README.md")).isFalse();
    }

    @Test
    void excludeWinsAndASlashMatchesThePath() {
        InputFilter filter = InputFilter.of(List.of("*.html", "2021/**"), List.of("index.html"));
        assertThat(filter.accepts("news/a.html")).isTrue();
        assertThat(filter.accepts("news/index.html")).isFalse();
        assertThat(filter.accepts("2021/03/a.txt")).isTrue();
        assertThat(filter.accepts("2022/03/a.txt")).isFalse();
    }

    @Test
    void outputNamesAreUniqueAndStayInsideTheDirectory() {
        OutputNames names = new OutputNames();
        assertThat(names.forFile("a.html")).isEqualTo("a.json");
        assertThat(names.forFile("a.txt")).isEqualTo("a~2.json");
        assertThat(names.forEntry("x.tar.gz", "p/q/b.html")).isEqualTo("x/p/q/b.json");
        assertThat(names.forEntry("x.zip", "../../etc/passwd")).isEqualTo("x/etc/passwd.json");
        assertThat(names.forEntry("y.zip", "/abs/c.txt")).isEqualTo("y/abs/c.json");
    }

    @Test
    void filesUnderADirectoryKeepTheirFolders() {
        OutputNames names = new OutputNames();
        assertThat(names.forFile("2021/03", "a.html")).isEqualTo("2021/03/a.json");
        assertThat(names.forFile("2022/03", "a.txt")).isEqualTo("2022/03/a.json");
        assertThat(names.forFile("", "a.txt")).isEqualTo("a.json");
        assertThat(names.forFile("2021/03", "a.txt")).isEqualTo("2021/03/a~2.json");
        assertThat(names.forEntry("old", "x.zip", "p/b.html")).isEqualTo("old/x/p/b.json");
        // a folder that could be taken for an output file or climb out stays harmless
        assertThat(names.forFile("a.json/../..", "b.txt")).isEqualTo("a.json_/b.json");
    }
}
