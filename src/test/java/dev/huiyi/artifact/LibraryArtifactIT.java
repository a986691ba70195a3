package dev.huiyi.artifact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `mvn package` gives a Maven consumer: a library jar whose pom leaves the command line's libraries out of the
 * consumer's tree, with a module name, sources and Javadoc; and the README's Java example compiling against it
 * without them. The shaded -cli jar still carries everything.
 */
class LibraryArtifactIT {
    private static final Path TARGET = Path.of("target");
    private static final Pattern CLI_ONLY = Pattern.compile("picocli|progressbar|jline|commons-csv");

    @Test
    void theCommandLineLibrariesAreOptionalInThePublishedPom() throws Exception {
        List<String> inherited = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        try (JarFile jar = new JarFile(artifact("").toFile());
             InputStream pom = jar.getInputStream(jar.getEntry("META-INF/maven/dev.huiyi/huiyi/pom.xml"))) {
            NodeList deps = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom)
                    .getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                Element dep = (Element) deps.item(i);
                String artifactId = text(dep, "artifactId");
                boolean reachesConsumers = !"true".equals(text(dep, "optional")) && !"test".equals(text(dep, "scope"))
                        && !dep.getParentNode().getParentNode().getNodeName().equals("profile");
                (reachesConsumers ? inherited : optional).add(artifactId);
            }
        }
        assertThat(optional).contains("picocli", "progressbar", "commons-csv");
        assertThat(inherited).contains("hanlp", "jackson-databind", "jsoup")
                .noneMatch(a -> CLI_ONLY.matcher(a).find());
    }

    @Test
    void theManifestNamesTheModuleAndTheVersion() throws IOException {
        try (JarFile jar = new JarFile(artifact("").toFile())) {
            var attributes = jar.getManifest().getMainAttributes();
            assertThat(attributes.getValue("Automatic-Module-Name")).isEqualTo("dev.huiyi");
            assertThat(attributes.getValue("Implementation-Version")).isNotBlank();
        }
    }

    @Test
    void sourcesAndJavadocJarsAreBuilt() throws IOException {
        try (JarFile sources = new JarFile(artifact("-sources").toFile());
             JarFile javadoc = new JarFile(artifact("-javadoc").toFile())) {
            assertThat(sources.getEntry("dev/huiyi/api/MeetingRecords.java")).isNotNull();
            // laid out under the module's name (dev.huiyi/dev/huiyi/…), which the manifest gives
            List<String> pages = javadoc.stream().map(e -> e.getName()).toList();
            assertThat(pages).anyMatch(n -> n.endsWith("dev/huiyi/api/MeetingRecords.html"))
                    .anyMatch(n -> n.endsWith("dev/huiyi/MeetingExtractor.Builder.html"));
        }
    }

    @Test
    void theCliJarStillCarriesEverything() throws IOException {
        try (JarFile cli = new JarFile(artifact("-cli").toFile())) {
            for (String entry : List.of("dev/huiyi/tools/cli/Main.class", "picocli/CommandLine.class",
                    "me/tongfei/progressbar/ProgressBar.class", "org/jline/terminal/Terminal.class",
                    "org/apache/commons/csv/CSVPrinter.class",
                    "dev/huiyi/schema/meeting-record.schema.json")) {
                assertThat(cli.getEntry(entry)).as(entry).isNotNull();
            }
        }
    }

    @Test
    void theReadmeJavaExampleCompilesWithoutTheCommandLineLibraries(@TempDir Path tmp) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("## Java API.*?```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a ```java block under ## Java API").isTrue();
        List<String> lines = block.group(1).lines().toList();
        String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        Path source = Files.writeString(tmp.resolve("ReadmeExample.java"), imports
                + "\n\nclass ReadmeExample {\n    static void run() throws Exception {\n" + body + "\n    }\n}\n");

        // the library jar and the test classpath's jars, less the command line's libraries and this project
        String classPath = Stream.concat(Stream.of(artifact("").toString()),
                        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                                .filter(p -> p.endsWith(".jar") && !CLI_ONLY.matcher(p).find()))
                .collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, "-d", tmp.resolve("classes").toString(), "-cp", classPath,
                source.toString());
        assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static Path artifact(String classifier) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("huiyi-[0-9][^-]*(-SNAPSHOT)?" + classifier
                    + "\\.jar")).findFirst().orElseThrow(() -> new AssertionError("run mvn package: no huiyi-*"
                    + classifier + ".jar in target"));
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
