package dev.huiyi.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.HuiyiException;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.Source;
import dev.huiyi.io.Json;
import dev.huiyi.io.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huiyi extract}: reports in, one JSON record per report out (stdout, a directory or JSON Lines). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract a MeetingRecord from each report (.txt/.htm/.html; directories are walked).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Reports or directories of reports.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.json for each input NAME.txt/NAME.html.")
    Path outDir;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Write one record per line to FILE.")
    Path jsonl;

    @Option(names = "--include-text", description = "Add the normalised text to each record (spans point into it).")
    boolean includeText;

    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Override
    public Integer call() throws IOException {
        MeetingExtractor extractor = models.builder().includeText(includeText).build();
        List<Path> files = ReportFiles.expand(inputs);
        int failed = 0;
        PrintStream out = System.out;
        try (BufferedWriter lines = jsonl == null ? null : Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                Object result = extractOne(extractor, file);
                failed += result instanceof ObjectNode ? 1 : 0;
                if (lines != null) {
                    lines.write(Json.compact().writeValueAsString(result));
                    lines.newLine();
                } else if (outDir != null) {
                    writeAtomically(outDir.resolve(ReportFiles.baseName(file) + ".json"),
                            Json.pretty().writeValueAsString(result));
                } else {
                    out.println(Json.pretty().writeValueAsString(result));
                }
            }
        }
        if (failed > 0) {
            System.err.println(failed + " of " + files.size() + " inputs failed");
        }
        return failed == 0 ? 0 : 1;
    }

    /** The record, or an error object naming the source; a broken model stops the run instead. */
    private static Object extractOne(MeetingExtractor extractor, Path file) {
        try {
            MeetingRecord record = extractor.extract(Source.ofPath(file)).record();
            return record;
        } catch (ModelException e) {
            throw e;
        } catch (HuiyiException | UncheckedIOException e) {
            ObjectNode error = Json.mapper().createObjectNode();
            error.put("source", file.toString());
            ObjectNode detail = error.putObject("error");
            detail.put("type", e instanceof HuiyiException ? e.getClass().getSimpleName() : "IOException");
            detail.put("message", e.getMessage());
            return error;
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
