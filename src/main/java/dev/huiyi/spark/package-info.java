/**
 * huiyi on Apache Spark: {@link dev.huiyi.spark.HuiyiSpark} turns a dataset of reports into a dataset of records
 * and error rows, and {@link dev.huiyi.spark.HuiyiSparkJob} is the {@code spark-submit} job that reads files,
 * directories and archives from any Hadoop file system. A tool: it uses the library (io, batch), and nothing in the
 * library uses it; Spark is a {@code provided} dependency, present only where a cluster provides it.
 */
package dev.huiyi.spark;
