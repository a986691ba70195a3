package dev.huiyi.spark;

import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.io.ErrorLine;
import dev.huiyi.io.Ignored;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.StreamInputs;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The inputs of a job: files, directories (recursively) and archives on any Hadoop file system. The driver lists
 * them with Hadoop's file system API, keeps what {@code --include} / {@code --exclude} take (counting what they
 * leave out), names each as {@code huiyi extract} names it for the same argument ({@code ARG/relative/path}; an
 * archive's entries {@code ARCHIVE!/entry}) and deals the files out to tasks; each task streams its files through the
 * io package's {@link StreamInputs} (the CLI's archive cursor, caps and error items).
 *
 * <p>Neither of Spark's own readers would do. {@code SparkContext.binaryFiles} packs small files into 128 MB splits
 * (one task for 20,000 reports) and each file's stream parses its split's whole file list again, quadratic in the
 * files per split: the benchmark's 20,000 reports had not finished after ten minutes, against 150 s for the CLI.
 * Spark SQL's {@code binaryFile} source leaves empty files out of its scan, and an empty report must still get its
 * error row.
 */
final class SparkInputs {
    /**
     * The walk's settings: {@code --include} / {@code --exclude} globs (kept as text: a compiled filter does not
     * travel to the executors) and the cap on the bytes decompressed from one archive.
     */
    record Walk(List<String> include, List<String> exclude, long maxArchiveBytes) implements Serializable {
        InputFilter filter() {
            return InputFilter.of(include, exclude);
        }
    }

    private SparkInputs() {
    }

    /**
     * The outcome rows ({@link OutcomeRows#SCHEMA}) of every input under {@code args}. By default each document is
     * extracted where it is read: reading, extraction and the writer that follows stay in one stage, and no
     * document's bytes are shuffled. Spark packs small files into splits of up to 128 MB, though, and an archive
     * is one file, read by one task: {@code partitions > 0} deals the documents (their bytes, as read) out to that
     * many partitions before extraction, at the cost of one shuffle of the corpus.
     */
    static JavaRDD<Row> outcomes(SparkSession spark, List<String> args, Walk walk, ExtractorSettings settings,
                                 JobCounters counters, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        List<FileRef> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        InputFilter filter = walk.filter();
        for (String arg : args) {
            if (!list(arg, conf, filter, files, counters)) {
                missing.add(arg);
            }
        }
        List<List<FileRef>> tasks = pack(files, spark, sc.defaultParallelism());
        Broadcast<SerializableConfiguration> executorConf = SerializableConfiguration.broadcast(sc.sc(), conf);
        int maxBytes = settings.maxBytes();
        List<JavaRDD<InputItem>> parts = new ArrayList<>();
        if (!tasks.isEmpty()) {
            parts.add(sc.parallelize(tasks, tasks.size()).flatMap(task -> inputs(task.iterator(),
                    executorConf.value().value(), walk, maxBytes, counters)));
        }
        JavaRDD<InputItem> items = parts.size() == 1 ? parts.get(0)
                : parts.isEmpty() ? sc.emptyRDD() : sc.union(parts.toArray(new JavaRDD[0]));
        if (partitions > 0) {
            return items.map(SparkInputs::toRow).repartition(partitions)
                    .mapPartitions(rows -> OutcomeRows.of(map(rows), settings, counters));
        }
        return items.mapPartitions(it -> OutcomeRows.of(it, settings, counters));
    }

    /** An input as it travels through a shuffle: id, bytes, or the failure that stopped reading it. */
    private static Row toRow(InputItem item) {
        return item.isFailed()
                ? RowFactory.create(item.id(), null, item.failure().type(), item.failure().message(), item.bytes())
                : RowFactory.create(item.id(), item.source().bytes(), null, null, item.bytes());
    }

    private static Iterator<InputItem> map(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public InputItem next() {
                Row row = rows.next();
                String id = row.getString(0);
                if (!row.isNullAt(2)) {
                    return new InputItem(id, null, null, new ErrorLine.Detail(row.getString(2), row.getString(3)),
                            row.getLong(4));
                }
                byte[] bytes = (byte[]) row.get(1);
                return new InputItem(id, null, Source.ofBytes(id, bytes, null, SourceFormat.byFileName(id)), null,
                        bytes.length);
            }
        };
    }

    private static InputItem noSuchFile(String arg) {
        return new InputItem(arg, null, null, new ErrorLine.Detail("IOException", "no such file: " + arg), 0);
    }

    /** One file to read: its id, its URI, its length. */
    record FileRef(String id, String uri, long length) implements Serializable {
    }

    /**
     * Adds the files under one argument, as {@code huiyi extract} takes them: a file (or each match of a glob) as it
     * is, a directory's files walked to the bottom and filtered. False when nothing is there.
     */
    private static boolean list(String arg, Configuration conf, InputFilter filter, List<FileRef> out,
                                JobCounters counters) {
        Path path = new Path(arg);
        try {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(path);
            if (matched == null || matched.length == 0) {
                return false;
            }
            // a path that exists as written is named by the argument; a glob by the paths it matched
            boolean asWritten = matched.length == 1 && fs.exists(path);
            for (FileStatus status : matched) {
                String uri = status.getPath().toString();
                if (!status.isDirectory()) {
                    out.add(new FileRef(asWritten ? arg : uri, uri, status.getLen()));
                    continue;
                }
                String base = asWritten ? stripSlashes(arg) : uri;
                int root = status.getPath().toUri().getPath().length() + 1;
                for (FileStatus file : filesBelow(fs, status.getPath())) {
                    String relative = file.getPath().toUri().getPath().substring(root);
                    if (filter.acceptsInDirectory(relative)) {
                        out.add(new FileRef(base + "/" + relative, file.getPath().toString(), file.getLen()));
                    } else {
                        counters.ignore(Ignored.Reason.notIncluded, 1);
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + arg + ": " + e.getMessage(), e);
        }
    }

    /**
     * The files below a directory, depth first. Not {@code FileSystem.listFiles}: its located statuses copy each
     * file's permissions, which the local file system reads by starting a process per file (20,000 reports took
     * minutes of system time to list).
     */
    private static List<FileStatus> filesBelow(FileSystem fs, Path dir) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        java.util.ArrayDeque<Path> dirs = new java.util.ArrayDeque<>(List.of(dir));
        while (!dirs.isEmpty()) {
            RemoteIterator<FileStatus> entries = fs.listStatusIterator(dirs.pop());
            while (entries.hasNext()) {
                FileStatus entry = entries.next();
                if (entry.isDirectory()) {
                    dirs.push(entry.getPath());
                } else {
                    files.add(entry);
                }
            }
        }
        return files;
    }

    /**
     * Deals the files out to tasks as Spark's file sources do: a file counts its length plus an open cost
     * ({@code spark.sql.files.openCostInBytes}), a task takes up to {@code spark.sql.files.maxPartitionBytes}, or
     * less so that every core gets a share. Files stay in listing order.
     */
    private static List<List<FileRef>> pack(List<FileRef> files, SparkSession spark, int cores) {
        long openCost = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.openCostInBytes", "4m"));
        long maxTask = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
        long total = files.stream().mapToLong(f -> f.length() + openCost).sum();
        long perTask = Math.min(maxTask, Math.max(openCost, total / Math.max(cores, 1)));
        List<List<FileRef>> tasks = new ArrayList<>();
        List<FileRef> current = new ArrayList<>();
        long size = 0;
        for (FileRef file : files) {
            long cost = file.length() + openCost;
            if (!current.isEmpty() && size + cost > perTask) {
                tasks.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(file);
            size += cost;
        }
        if (!current.isEmpty()) {
            tasks.add(current);
        }
        return tasks;
    }

    private static String stripSlashes(String arg) {
        String base = arg;
        while (base.length() > 1 && base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** The inputs in a task's files, each file streamed when its turn comes. */
    private static Iterator<InputItem> inputs(Iterator<FileRef> files, Configuration conf, Walk walk, int maxBytes,
                                              JobCounters counters) {
        InputFilter filter = walk.filter();
        return new Iterator<>() {
            private StreamInputs current;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        counters.ignore(current.ignored().snapshot());
                        current = null;
                    }
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = open(files.next(), conf, filter, maxBytes, walk.maxArchiveBytes());
                }
                return true;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static StreamInputs open(FileRef file, Configuration conf, InputFilter filter, int maxBytes,
                                     long maxArchiveBytes) {
        Path path = new Path(file.uri());
        StreamInputs inputs = new StreamInputs(file.id(), () -> reading(path, conf).open(path), file::length,
                filter, maxBytes, maxArchiveBytes);
        TaskContext task = TaskContext.get();
        if (task != null && StreamInputs.isArchive(file.id())) {
            // an archive is read across next() calls: a failed task must not leave it open
            task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(inputs));
        }
        return inputs;
    }

    /**
     * The file system a file is read through: a checksum file system's raw one. Hadoop's local file system looks for
     * a {@code .crc} file beside each file it opens (a failed lookup, an exception) and wraps the stream in a
     * checker: 30% of a task's time outside extraction on 20,000 small reports, for checksums that crawled reports
     * never have ({@code huiyi extract} reads them without). Listing still goes through the checksum file system, which
     * hides {@code .crc} files.
     */
    private static FileSystem reading(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs;
    }

    private static void closeQuietly(StreamInputs inputs) {
        try {
            inputs.close();
        } catch (IOException e) {
            // the task is over: nothing more is read from the archive
        }
    }
}
