package dev.huiyi.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.MeetingRecords;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * huiyi on a real local Spark ({@code local[2]}), run against the jar that spark-submit gets: the samples and three
 * broken inputs (undecodable bytes, an empty file, a file over the cap) in a directory and in a zip give one row per
 * input, the broken ones as error rows, and the very lines {@code huiyi extract} writes for the same arguments;
 * Parquet output reads back with the same rows and schema; the dataset API matches the library.
 */
@Tag("spark")
class HuiyiSparkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 100_000;
    private static final byte[] UNDECODABLE = {(byte) 0x80, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFE, (byte) 0x80};
    private static final List<String> BROKEN = List.of("broken/undecodable.txt", "broken/empty.txt", "broken/big.txt");

    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static Path dir;
    private static Path zip;
    /** Reports given to both runs: the samples' top folder and the broken ones. */
    private static int reports;
    /** The CLI's lines for the directory and the zip, by id. */
    private static Map<String, JsonNode> cli;
    private static JsonNode cliReport;

    @BeforeAll
    static void inputsAndTheCliRun() throws Exception {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().matches(".*\\.(txt|html)")).toList()) {
                contents.put(sample.getFileName().toString(), Files.readAllBytes(sample));
            }
        }
        byte[] big = new byte[MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        contents.put(BROKEN.get(0), UNDECODABLE);
        contents.put(BROKEN.get(1), new byte[0]);
        contents.put(BROKEN.get(2), big);
        contents.put("notes.md", "not a report".getBytes(StandardCharsets.UTF_8));
        reports = contents.size() - 1;
        dir = tmp.resolve("in");
        zip = tmp.resolve("reports.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : contents.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Path jsonl = tmp.resolve("cli.jsonl");
        Path report = tmp.resolve("cli-report.json");
        runCli(1, "extract", "--threads", "2", "--max-bytes", String.valueOf(MAX_BYTES), "--jsonl", jsonl.toString(),
                "--report", report.toString(), dir.toString(), zip.toString());
        cli = byId(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        cliReport = JSON.readTree(report.toFile());

        spark = SparkSession.builder().master("local[2]").appName("huiyi-it")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesAreTheClisLinesOneRowPerInputBrokenOnesAsErrors() throws Exception {
        Path out = tmp.resolve("spark-jsonl");
        Path report = tmp.resolve("spark-report.json");
        // --partitions: the documents go through a shuffle before extraction (the Parquet run below does not)
        Job job = job(dir.toString(), zip.toString(), "--max-bytes", String.valueOf(MAX_BYTES), "--partitions", "3",
                "--out", out.toString(), "--report", report.toString());

        assertThat(job.exit()).as(job.err()).isEqualTo(1);
        List<String> lines = partLines(out);
        assertThat(lines).hasSize(2 * reports);
        Map<String, JsonNode> rows = byId(lines);
        assertThat(rows).hasSize(2 * reports);
        assertThat(rows.keySet()).isEqualTo(cli.keySet());
        for (String id : cli.keySet()) {
            assertThat(rows.get(id)).as(id).isEqualTo(cli.get(id));
        }
        for (String id : failedIds()) {
            assertThat(rows.get(id).path("error").path("type").asText()).as(id).isEqualTo("InputException");
        }

        JsonNode summary = JSON.readTree(report.toFile());
        for (String count : List.of("documents", "ok", "withWarnings", "failed", "chars", "bytes")) {
            assertThat(summary.get(count)).as(count).isEqualTo(cliReport.get(count));
        }
        assertThat(summary.get("failed").asLong()).isEqualTo(2L * BROKEN.size());
        assertThat(summary.get("ignored").get("notIncluded").asLong()).isEqualTo(2);
        assertThat(job.err()).contains("huiyi: " + summary.get("documents").asLong() + " documents: "
                + summary.get("ok").asLong() + " ok, " + summary.get("withWarnings").asLong() + " with warnings, "
                + summary.get("failed").asLong() + " failed");
    }

    @Test
    void parquetReadsBackWithTheSameRowsAndSchema() {
        Path out = tmp.resolve("spark-parquet");
        Job job = job(dir.toString(), zip.toString(), "--max-bytes", String.valueOf(MAX_BYTES), "--format",
                "parquet", "--out", out.toString());

        assertThat(job.exit()).as(job.err()).isEqualTo(1);
        Dataset<Row> back = spark.read().parquet(out.toString());
        assertThat(back.schema().catalogString()).isEqualTo(HuiyiSpark.schema().catalogString());
        // one pass over the rows: Spark's queries are slow next to these checks
        List<Row> rows = back.select(col("id"), col("ok"), col("error.type"), col("record.attendees.name"),
                to_json(col("record"), Map.of("ignoreNullFields", "false"))).collectAsList();
        assertThat(rows).hasSize(2 * reports);
        for (Row row : rows) {
            String id = row.getString(0);
            JsonNode expected = cli.get(id);
            if (!row.getBoolean(1)) {
                assertThat(row.getString(2)).as(id).isEqualTo(expected.get("error").get("type").asText());
                assertThat(row.isNullAt(4)).as(id).isTrue();
                continue;
            }
            // the struct holds what the JSON holds: every attendee's name, as the CLI wrote them
            List<String> names = new ArrayList<>();
            expected.get("attendees").forEach(a -> names.add(a.get("name").asText()));
            assertThat(row.<String>getList(3)).as(id).containsExactlyElementsOf(names);
            // and the whole record: Spark's JSON of the struct is the CLI's line, with a null for the absent text
            ObjectNode record = (ObjectNode) read(row.getString(4));
            assertThat(record.remove("text").isNull()).isTrue();
            assertThat(record).as(id).isEqualTo(expected);
        }
        assertThat(rows.stream().filter(r -> !r.getBoolean(1)).map(r -> r.getString(0)))
                .containsExactlyInAnyOrderElementsOf(failedIds());
    }

    private static List<String> failedIds() {
        List<String> ids = new ArrayList<>();
        for (String broken : BROKEN) {
            ids.add(dir.resolve(broken).toString());
            ids.add(zip + "!/" + broken);
        }
        return ids;
    }

    @Test
    void theDatasetApiGivesTheLibrarysRecordsAndErrorRows() throws Exception {
        String text = Files.readString(Path.of("samples/000_7d7c59e9712777a1.txt"), StandardCharsets.UTF_8);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> docs = spark.createDataFrame(List.of(
                RowFactory.create("a.txt", text),
                RowFactory.create("null.txt", null),
                RowFactory.create("long.txt", text.repeat(100))), schema).repartition(2);

        Map<String, Row> rows = new TreeMap<>();
        Dataset<Row> out = HuiyiSpark.extract(docs, ExtractorSettings.defaults().withTimeout(Duration.ofMillis(1)));
        // 1 ms is far below a long report's time: it must come back as a TimeoutException row, not a failed task
        for (Row row : out.collectAsList()) {
            rows.put(row.getString(0), row);
        }
        assertThat(rows.get("long.txt").<Row>getAs("error").<String>getAs("type")).isEqualTo("TimeoutException");
        assertThat(rows.get("null.txt").<Boolean>getAs("ok")).isFalse();
        assertThat(rows.get("null.txt").<Row>getAs("error").<String>getAs("type")).isEqualTo("InputException");

        Row a = HuiyiSpark.extract(docs.where("id = 'a.txt'"))
                .select(col("ok"), to_json(col("record"), Map.of("ignoreNullFields", "false"))).first();
        assertThat(a.getBoolean(0)).isTrue();
        ObjectNode record = (ObjectNode) read(a.getString(1));
        record.remove("text");
        String library = MeetingRecords.toJson(MeetingExtractor.builder().build().extract("a.txt", text));
        assertThat(record).isEqualTo(read(library));
        assertThat(out.schema().catalogString()).isEqualTo(HuiyiSpark.schema().catalogString());
    }

    @Test
    void userModelsReachTheExecutorsAsTheyReachTheCli() throws Exception {
        Path models = tmp.resolve("models");
        Files.createDirectories(models.resolve("person"));
        Files.writeString(models.resolve("person/names.tsv"), "# FORMAT: name\n达瓦次仁\n");
        Files.createDirectories(models.resolve("title"));
        Files.writeString(models.resolve("title/posts.tsv"), "# FORMAT: post\tkind\n首席数据官\tpost\n");
        Path report = Files.createDirectories(tmp.resolve("with-models")).resolve("r.txt");
        Files.writeString(report, "西藏自治区召开数字政府建设推进会\n5月8日,西藏自治区召开数字政府建设推进会。"
                + "自治区首席数据官达瓦次仁出席会议并讲话。", StandardCharsets.UTF_8);
        Path cliOut = tmp.resolve("models-cli.jsonl");
        runCli(0, "extract", "--models", models.toString(), "--jsonl", cliOut.toString(), report.toString());
        Path out = tmp.resolve("models-spark");

        Job job = job("--models", models.toString(), "--out", out.toString(), report.toString());

        assertThat(job.exit()).as(job.err()).isZero();
        JsonNode record = read(partLines(out).get(0));
        assertThat(record).isEqualTo(read(Files.readString(cliOut).strip()));
        assertThat(record.get("speakers").get(0).get("name").asText()).isEqualTo("达瓦次仁");
    }

    @Test
    void aDatasetWithoutTheColumnsIsRefusedOnTheDriver() {
        Dataset<Row> wrong = spark.createDataFrame(List.of(RowFactory.create("x")),
                new StructType().add("path", DataTypes.StringType));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HuiyiSpark.extract(wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }

    private record Job(int exit, String err) {
    }

    private static Job job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = HuiyiSparkJob.run(spark, new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Job(exit, err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> partLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static Map<String, JsonNode> byId(List<String> lines) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : lines) {
            JsonNode node = read(line);
            JsonNode source = node.get("source");
            out.put(source.isObject() ? source.get("id").asText() : source.asText(), node);
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static void runCli(int exitCode, String... args) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("huiyi-.*-cli\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("run mvn package: no target/huiyi-*-cli.jar"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("cli.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("cli.log"))).isEqualTo(exitCode);
    }
}
