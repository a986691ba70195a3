package dev.huiyi.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user's lexicons ({@code --models DIR}, laid out like {@code models/}) shipped to the executors. The library
 * reads user models from a local directory, and an executor has none of the driver's: the driver reads the
 * directory from any Hadoop file system once, Spark broadcasts its files (fetched once per executor, not once per
 * task), and each executor JVM writes them to a local directory of its own the first time an extractor needs them.
 * Two {@code UserModels} with the same files are equal, so they share one extractor.
 */
public final class UserModels implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Per JVM: the local copy of each set of files, by digest. */
    private static final Map<String, Path> LOCAL = new ConcurrentHashMap<>();

    private final String digest;
    private final Broadcast<HashMap<String, byte[]>> files;

    private UserModels(String digest, Broadcast<HashMap<String, byte[]>> files) {
        this.digest = digest;
        this.files = files;
    }

    /**
     * Reads the directory (a local path or any Hadoop URI the driver can read) and broadcasts its files.
     *
     * @throws UncheckedIOException when the directory cannot be read
     */
    public static UserModels read(SparkSession spark, String dir) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        TreeMap<String, byte[]> read = readTree(new org.apache.hadoop.fs.Path(dir), conf);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new UserModels(digest(read), sc.broadcast(new HashMap<>(read)));
    }

    private static TreeMap<String, byte[]> readTree(org.apache.hadoop.fs.Path dir, Configuration conf) {
        TreeMap<String, byte[]> read = new TreeMap<>();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            org.apache.hadoop.fs.Path root = fs.getFileStatus(dir).getPath();
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new IOException("--models needs a directory laid out like models/: " + dir);
            }
            String prefix = root.toUri().getPath() + "/";
            RemoteIterator<LocatedFileStatus> all = fs.listFiles(root, true);
            while (all.hasNext()) {
                LocatedFileStatus file = all.next();
                String relative = file.getPath().toUri().getPath().substring(prefix.length());
                try (FSDataInputStream in = fs.open(file.getPath())) {
                    read.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + dir + ": " + e.getMessage(), e);
        }
        return read;
    }

    /** The local directory holding this JVM's copy of the files, written on first use. */
    Path localDirectory() {
        return LOCAL.computeIfAbsent(digest, d -> writeLocally(files.value()));
    }

    private static Path writeLocally(Map<String, byte[]> files) {
        try {
            Path dir = Files.createTempDirectory("huiyi-models-");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("a model file outside its directory: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                target.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the user's models on this executor: " + e.getMessage(), e);
        }
    }

    private static String digest(TreeMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(file.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserModels other && other.digest.equals(digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "UserModels[" + digest.substring(0, 12) + "]";
    }
}
