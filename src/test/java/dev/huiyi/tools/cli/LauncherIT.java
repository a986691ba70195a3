package dev.huiyi.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** target/huiyi, the launcher `mvn package` puts next to the CLI jar (src/main/dist/huiyi). */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target", "huiyi");
    private static final String SAMPLE = "samples/000_7d7c59e9712777a1.txt";
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void extractsTheBundledSample() throws Exception {
        Run run = run(Map.of(), "extract", SAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"schemaVersion\"", "\"hosts\"", "王志刚");
    }

    @Test
    void oneReportStartsC1OnlyAndBatchesKeepTheDefaultJit(@TempDir Path tmp) throws Exception {
        Map<String, String> dry = Map.of("HUIYI_DRY_RUN", "1");
        assertThat(run(dry, "extract", SAMPLE).out()).contains(C1_ONLY, "-jar", "extract " + SAMPLE);
        assertThat(run(dry, "explain", SAMPLE).out()).contains(C1_ONLY);
        assertThat(run(dry, "extract", "--models", "models", "-").out()).contains(C1_ONLY);
        assertThat(run(dry, "extract", "--jsonl", tmp.resolve("x.jsonl").toString(), "samples").out())
                .doesNotContain(C1_ONLY);
        assertThat(run(dry, "extract", SAMPLE, "samples/001_moe_dangzu_kuoda.txt").out()).doesNotContain(C1_ONLY);
        assertThat(run(dry, "eval", "samples").out()).doesNotContain(C1_ONLY);
        assertThat(run(Map.of("HUIYI_DRY_RUN", "1", "HUIYI_JAVA_OPTS", "-Xmx300m"), "extract", SAMPLE).out())
                .contains("-Xmx300m");
    }

    @Test
    void jvmWarningsNeverReachStdout() throws Exception {
        // -XX:+UseLargePages without large pages configured: a unified-logging warning, printed on stdout by default
        Run run = run(Map.of("HUIYI_JAVA_OPTS", "-XX:+UseLargePages -XX:+UseSerialGC"), false, "extract", SAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{").doesNotContain("[warning]", "VM warning");
        assertThat(run(Map.of("HUIYI_DRY_RUN", "1"), "extract", SAMPLE).out())
                .contains("-XX:+DisplayVMOutputToStderr", "-Xlog:all=warning");
    }

    @Test
    void mapsTheClassArchiveOfTheBuildAndGivesTheSameRecord() throws Exception {
        assertThat(LAUNCHER.resolveSibling("huiyi.jsa")).as("written by mvn package").isRegularFile();
        assertThat(run(Map.of("HUIYI_DRY_RUN", "1"), "extract", SAMPLE).out()).contains("-XX:SharedArchiveFile=");
        Run withArchive = run(Map.of(), false, "extract", SAMPLE);
        Run without = run(Map.of("HUIYI_JAVA_OPTS", "-XX:SharedArchiveFile=none.jsa"), false, "extract", SAMPLE);
        assertThat(withArchive.exit()).isZero();
        assertThat(withArchive.out()).isEqualTo(without.out());
    }

    @Test
    void skipsAStaleOrUnusableArchiveQuietly(@TempDir Path tmp) throws Exception {
        Path jar;
        try (var jars = java.nio.file.Files.newDirectoryStream(LAUNCHER.getParent(), "huiyi-*-cli.jar")) {
            jar = jars.iterator().next();
        }
        Path launcher = java.nio.file.Files.copy(LAUNCHER, tmp.resolve("huiyi"));
        Path copiedJar = java.nio.file.Files.copy(jar, tmp.resolve(jar.getFileName()));
        Path archive = java.nio.file.Files.writeString(tmp.resolve("huiyi.jsa"), "not an archive");
        java.nio.file.attribute.FileTime jarTime = java.nio.file.Files.getLastModifiedTime(copiedJar);
        java.nio.file.Files.setLastModifiedTime(archive,
                java.nio.file.attribute.FileTime.fromMillis(jarTime.toMillis() - 60_000));
        assertThat(run(launcher, Map.of("HUIYI_DRY_RUN", "1"), true, "extract", SAMPLE).out())
                .as("older than the jar: an earlier build's").doesNotContain("SharedArchiveFile");

        java.nio.file.Files.setLastModifiedTime(archive,
                java.nio.file.attribute.FileTime.fromMillis(jarTime.toMillis() + 60_000));
        Run run = run(launcher, Map.of(), true, "extract", SAMPLE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{").doesNotContain("[warning]", "shared archive");
    }

    @Test
    void worksThroughSymbolicLinks(@TempDir Path tmp) throws Exception {
        // ~/bin/huiyi -> …/target/huiyi, and a relative link to that link: the jar is found beside the target
        Path direct = java.nio.file.Files.createSymbolicLink(tmp.resolve("huiyi"), LAUNCHER.toAbsolutePath());
        java.nio.file.Files.createDirectories(tmp.resolve("bin"));
        Path relative = java.nio.file.Files.createSymbolicLink(tmp.resolve("bin/hy"), Path.of("../huiyi"));
        for (Path link : List.of(direct, relative)) {
            Run run = run(link, Map.of(), true, "--version");
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(run.out()).startsWith("huiyi ").doesNotContain("no huiyi-*-cli.jar");
        }
    }

    private record Run(int exit, String out) {
    }

    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(env, true, args);
    }

    private static Run run(Map<String, String> env, boolean withStderr, String... args)
            throws IOException, InterruptedException {
        return run(LAUNCHER, env, withStderr, args);
    }

    private static Run run(Path launcher, Map<String, String> env, boolean withStderr, String... args)
            throws IOException, InterruptedException {
        assertThat(LAUNCHER).as("built by mvn package").isExecutable();
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(withStderr);
        if (!withStderr) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }
}
