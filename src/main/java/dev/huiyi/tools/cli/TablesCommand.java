package dev.huiyi.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huiyi.api.InputException;
import dev.huiyi.api.MeetingRecords;
import dev.huiyi.io.Json;
import dev.huiyi.tools.tables.RecordTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huiyi tables}: JSON Lines of {@code extract} in, four CSV tables out. Thin: see {@link RecordTables}. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Turn the JSON Lines of extract into CSV tables for a warehouse.",
                "Reads --jsonl files of extract (or its stdout for several inputs) and writes DIR/reports.csv (one row per input, with its error if it failed), DIR/people.csv "
                + "(per person and role), DIR/units.csv (per unit and role), DIR/key_points.csv (per key point), "
                + "keyed by report_id (the record's source.id)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a record or an error line",
                "1:a line is not a record (FILE:LINE in the message) or an input cannot be read",
                ExitCode.HELP_USAGE, ExitCode.HELP_OUTPUT_FAILED})
public final class TablesCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the four CSV files.")
    Path outDir;

    @Parameters(paramLabel = "FILE.jsonl|-", arity = "1..*", description = "JSON Lines files, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() {
        long rows = 0;
        try (RecordTables tables = new RecordTables(outDir)) {
            for (String input : inputs) {
                rows += add(input, tables);
            }
        } catch (IOException e) {
            throw new CliException("output failed: cannot write " + outDir + ": " + e.getMessage(),
                    ExitCode.OUTPUT_FAILED);
        }
        System.err.println("huiyi: " + rows + " reports written to " + outDir);
        return ExitCode.OK;
    }

    /** Adds every line of one input; a line that is neither a record nor an error line stops the run. */
    private long add(String input, RecordTables tables) throws IOException {
        long count = 0;
        try (BufferedReader in = "-".equals(input)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    addLine(line, tables, input + ":" + number);
                    count++;
                }
            }
        } catch (NoSuchFileException e) {
            throw new CliException("no such file: " + input, ExitCode.INPUT_FAILED);
        }
        return count;
    }

    private static void addLine(String line, RecordTables tables, String where) throws IOException {
        JsonNode node;
        try {
            node = Json.reader().readTree(line);
        } catch (IOException e) {
            throw new CliException(where + ": not JSON", ExitCode.INPUT_FAILED);
        }
        JsonNode error = node == null ? null : node.get("error");
        if (error != null) {
            tables.addFailure(node.path("source").asText(null), error.path("type").asText(null),
                    error.path("message").asText(null));
            return;
        }
        try {
            tables.add(MeetingRecords.fromJson(line));
        } catch (InputException e) {
            throw new CliException(where + ": " + e.getMessage(), ExitCode.INPUT_FAILED);
        }
    }
}
