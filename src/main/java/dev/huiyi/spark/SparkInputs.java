package dev.huiyi.spark;

import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.io.ErrorLine;
import dev.huiyi.io.Ignored;
import dev.huiyi.io.InputFilter;
import dev.huiyi.io.InputItem;
import dev.huiyi.io.StreamInputs;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The inputs of a job: files, directories (recursively) and archives on any Hadoop file system, each read on an
 * executor by the io package's {@link StreamInputs} (the CLI's archive cursor, caps and error items). Ids are those of
 * {@code huiyi extract} for the same arguments: a file below a directory argument is {@code ARG/relative/path}, an
 * archive entry {@code ARCHIVE!/entry}, so the job's output lines can be compared with, or resumed from, the CLI's.
 *
 * <p>Files are listed by Spark SQL's {@code binaryFile} source with its {@code content} column left unread, and
 * opened as Hadoop streams by the task that extracts them. Not {@code SparkContext.binaryFiles}: it packs small files
 * into 128 MB splits, one task for 20,000 reports, and each file's stream parses its split's whole file list again,
 * quadratic in the files per split (the benchmark's 20,000 reports had not finished after ten minutes, against 150 s
 * for the CLI). The file source spreads files over tasks counting an open cost for each
 * ({@code spark.sql.files.openCostInBytes}), and a stream reads an archive of any size without holding it whole.
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
        Broadcast<SerializableConfiguration> executorConf = SerializableConfiguration.broadcast(sc.sc(), conf);
        List<JavaRDD<InputItem>> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : args) {
            Argument argument = Argument.of(arg, conf);
            if (argument == null) {
                missing.add(arg);
                continue;
            }
            int maxBytes = settings.maxBytes();
            Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(arg)
                    .select("path", "length"); // content unread: the task streams it
            parts.add(files.javaRDD().flatMap(file -> argument.inputs(file.getString(0), file.getLong(1),
                    executorConf.value().value(), walk, maxBytes, counters)));
        }
        if (!missing.isEmpty()) {
            // as huiyi extract does: a missing argument is one error line, and the others go on
            parts.add(sc.parallelize(missing, 1).map(SparkInputs::noSuchFile));
        }
        JavaRDD<InputItem> items = parts.size() == 1 ? parts.get(0)
                : sc.union(parts.toArray(new JavaRDD[0]));
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

    /**
     * One argument as the driver found it: the directory whose files are named below it, or null for a file or a
     * glob (named by their own paths).
     */
    private record Argument(String arg, String directoryUri, boolean oneFile) implements Serializable {
        static Argument of(String arg, Configuration conf) {
            Path path = new Path(arg);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) {
                    return null;
                }
                // a glob is named by the paths it matched; a path that exists as written, by the argument
                boolean one = matched.length == 1 && fs.exists(path);
                boolean directory = one && matched[0].isDirectory();
                return new Argument(arg, directory ? fs.makeQualified(matched[0].getPath()).toString() : null,
                        one && !directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + arg + ": " + e.getMessage(), e);
            }
        }

        /** The inputs in one file that the listing found under this argument. */
        Iterator<InputItem> inputs(String uri, long length, Configuration conf, Walk walk, int maxBytes,
                                   JobCounters counters) {
            String relative = directoryUri != null && uri.startsWith(directoryUri + "/")
                    ? uri.substring(directoryUri.length() + 1) : null;
            InputFilter filter = walk.filter();
            if (relative != null && !filter.acceptsInDirectory(relative)) {
                counters.ignore(Ignored.Reason.notIncluded, 1);
                return Collections.emptyIterator();
            }
            String id = relative != null ? stripSlashes(arg) + "/" + relative : oneFile ? arg : uri;
            Path path = new Path(uri);
            StreamInputs inputs = new StreamInputs(id, () -> path.getFileSystem(conf).open(path), () -> length, filter,
                    maxBytes, walk.maxArchiveBytes());
            if (StreamInputs.isArchive(id)) {
                // an archive is read across next() calls: a failed task must not leave it open
                TaskContext task = TaskContext.get();
                if (task != null) {
                    task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(inputs));
                }
            }
            return new Iterator<>() {
                private boolean counted;

                @Override
                public boolean hasNext() {
                    boolean more = inputs.hasNext();
                    if (!more && !counted) {
                        counted = true;
                        counters.ignore(inputs.ignored().snapshot());
                    }
                    return more;
                }

                @Override
                public InputItem next() {
                    return inputs.next();
                }
            };
        }

        private static String stripSlashes(String arg) {
            String base = arg;
            while (base.length() > 1 && base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            return base;
        }

        private static void closeQuietly(StreamInputs inputs) {
            try {
                inputs.close();
            } catch (IOException e) {
                // the task is over: nothing more is read from the archive
            }
        }
    }
}
