package dev.huiyi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dependencies flow one way, as docs/architecture.md draws them; only the hanlp package imports HanLP. */
class ArchitectureTest {
    private static final Path SRC = Path.of("src/main/java/dev/huiyi");
    /** Package → the project packages it may import ("" is the facade, dev.huiyi itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // The tools (dev.huiyi.tools.*) use the library; no library package imports a tool.
            Map.entry("tools.cli", Set.of("", "io", "tools.eval", "api", "batch", "tools.bench", "tools.tables",
                    "tools.review")),
            Map.entry("tools.review", Set.of("", "tools.eval", "api")),
            Map.entry("tools.tables", Set.of("api")),
            Map.entry("tools.bench", Set.of("", "batch", "io", "tools.eval", "hanlp", "api")),
            Map.entry("tools.eval", Set.of("", "io", "api")),
            // huiyi on Spark: a tool as well, beside the command line rather than under it
            Map.entry("spark", Set.of("", "io", "batch", "api")),
            Map.entry("batch", Set.of("", "io", "api")),
            Map.entry("io", Set.of("api")),
            Map.entry("", Set.of("pipeline", "hanlp", "resources", "api", "normalize", "recognize", "relate",
                    "segment", "text")),
            Map.entry("pipeline", Set.of("relate", "recognize", "segment", "normalize", "resources", "text", "api")),
            Map.entry("relate", Set.of("recognize", "text", "resources", "api")),
            Map.entry("recognize", Set.of("text", "resources", "api")),
            Map.entry("hanlp", Set.of("segment", "normalize", "text", "resources", "api")),
            Map.entry("segment", Set.of("text", "api")),
            Map.entry("normalize", Set.of("text", "resources", "api")),
            Map.entry("resources", Set.of("text", "api")),
            Map.entry("text", Set.of("api")),
            Map.entry("api", Set.of()));
    private static final Pattern IMPORT = Pattern.compile("^import (static )?(dev\\.huiyi(\\.tools\\.[a-z]+|\\.[a-z]+)?\\.[A-Z]|com\\.hankcs|com\\.fasterxml)",
            Pattern.MULTILINE);

    @Test
    void dependenciesFlowOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = topPackage(SRC.relativize(file.getParent()).toString());
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                if (imported.startsWith("com.hankcs") && !pkg.equals("hanlp")) {
                    violations.add(file + " imports HanLP");
                } else if (imported.startsWith("com.fasterxml") && !Set.of("io", "tools.cli", "tools.eval", "spark").contains(pkg)
                        && !file.endsWith(Path.of("api", "MeetingRecords.java"))) {
                    violations.add(file + " imports Jackson");
                } else if (imported.startsWith("dev.huiyi")) {
                    String target = m.group(3) == null ? "" : m.group(3).substring(1);
                    if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                        violations.add(file + " (" + pkg + ") imports " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * picocli, the progress bar (with jline) and Commons CSV are optional dependencies: a library consumer does not
     * get them, so a class outside the tools that imported them would fail at run time in the consumer's program.
     */
    @Test
    void onlyTheToolsUseTheirOptionalLibraries() throws IOException {
        Pattern toolsOnly = Pattern.compile("^import (static )?(picocli|me\\.tongfei|org\\.jline|org\\.apache\\.commons\\.csv)\\.",
                Pattern.MULTILINE);
        assertThat(importers(toolsOnly)).isNotEmpty().allMatch(Set.of("tools.cli", "tools.tables", "spark")::contains);
    }

    /**
     * Spark (with Hadoop and Scala) is a provided dependency: only a cluster has it, so a class outside the spark
     * package that imported it would fail in a library consumer's program.
     */
    @Test
    void onlyTheSparkPackageUsesSpark() throws IOException {
        Pattern sparkOnly = Pattern.compile("^import (static )?(org\\.apache\\.spark|org\\.apache\\.hadoop|scala)\\.",
                Pattern.MULTILINE);
        assertThat(importers(sparkOnly)).containsOnly("spark");
    }

    /** The packages ({@link #topPackage}) of the sources that have an import the pattern matches. */
    private static List<String> importers(Pattern imports) throws IOException {
        List<String> packages = new ArrayList<>();
        for (Path file : sources()) {
            if (imports.matcher(Files.readString(file)).find()) {
                packages.add(topPackage(SRC.relativize(file.getParent()).toString()));
            }
        }
        return packages;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SRC)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String topPackage(String relative) {
        String[] parts = relative.isEmpty() ? new String[] {""} : relative.split("[/\\\\]");
        String first = parts[0].equals("tools") && parts.length > 1 ? "tools." + parts[1] : parts[0];
        return ALLOWED.containsKey(first) ? first : "";
    }
}
