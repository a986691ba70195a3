package dev.huiyi.spark;

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
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The inputs of a job: files, directories (recursively) and archives on any Hadoop file system, as Spark's
 * {@code binaryFiles} hands them to the executors, each read by the io package's {@link StreamInputs} (the CLI's
 * archive cursor, caps and error items). Ids are those of {@code huiyi extract} for the same arguments: a file
 * below a directory argument is {@code ARG/relative/path}, an archive entry {@code ARCHIVE!/entry}, so the job's
 * output lines can be compared with, or resumed from, the CLI's.
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
     * The outcome rows ({@link OutcomeRows#SCHEMA}) of every input under {@code args}, extracted where they are read:
     * reading, extraction and the writer that follows stay in one stage, and no document's bytes are shuffled.
     */
    static JavaRDD<org.apache.spark.sql.Row> outcomes(JavaSparkContext sc, List<String> args, Walk walk,
                                                      ExtractorSettings settings, JobCounters counters,
                                                      int minPartitions) {
        Configuration conf = sc.hadoopConfiguration();
        // a directory argument is walked to the bottom, as huiyi extract walks it
        conf.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        List<JavaRDD<InputItem>> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : args) {
            Argument argument = Argument.of(arg, conf);
            if (argument == null) {
                missing.add(arg);
                continue;
            }
            int maxBytes = settings.maxBytes();
            parts.add(sc.binaryFiles(arg, Math.max(minPartitions, 1))
                    .flatMap(file -> argument.inputs(file, walk, maxBytes, counters)));
        }
        if (!missing.isEmpty()) {
            // as huiyi extract does: a missing argument is one error line, and the others go on
            parts.add(sc.parallelize(missing, 1).map(SparkInputs::noSuchFile));
        }
        JavaRDD<InputItem> items = parts.size() == 1 ? parts.get(0)
                : sc.union(parts.toArray(new JavaRDD[0]));
        return items.mapPartitions(it -> OutcomeRows.of(it, settings, counters));
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

        /** The inputs in one file that binaryFiles found under this argument. */
        Iterator<InputItem> inputs(Tuple2<String, PortableDataStream> file, Walk walk, int maxBytes,
                                   JobCounters counters) {
            String uri = file._1();
            String relative = directoryUri != null && uri.startsWith(directoryUri + "/")
                    ? uri.substring(directoryUri.length() + 1) : null;
            InputFilter filter = walk.filter();
            if (relative != null && !filter.acceptsInDirectory(relative)) {
                counters.ignore(Ignored.Reason.notIncluded, 1);
                return Collections.emptyIterator();
            }
            String id = relative != null ? stripSlashes(arg) + "/" + relative : oneFile ? arg : uri;
            PortableDataStream stream = file._2();
            StreamInputs inputs = new StreamInputs(id, stream::open, () -> size(stream), filter, maxBytes,
                    walk.maxArchiveBytes());
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

        private static long size(PortableDataStream stream) {
            Path path = new Path(stream.getPath());
            try {
                return path.getFileSystem(stream.getConfiguration()).getFileStatus(path).getLen();
            } catch (IOException e) {
                return -1;
            }
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
