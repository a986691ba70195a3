#!/usr/bin/env bash
# huiyi on Spark local[2] against huiyi extract --threads 2, over N generated reports (default 20,000) unpacked into
# one directory: the wall time of each whole command (JVM start, models, reading, writing), and the ratio of their
# throughputs (README, "huiyi on Apache Spark"). Run from the repository's top folder after
#   mvn -B -DskipTests package && src/scripts/spark-runtime.sh
set -euo pipefail
n=${N:-20000}
work=${WORK:-target/spark-bench}
cli=$(ls target/huiyi-*-cli.jar)
spark=$(ls target/huiyi-*-spark.jar)
mkdir -p "$work"
if [ ! -d "$work/reports" ] || [ "$(find "$work/reports" -type f | wc -l)" -ne "$n" ]; then
  rm -rf "$work/reports"
  java -jar "$cli" generate --count "$n" --out "$work/reports.zip"
  unzip -q "$work/reports.zip" -d "$work/reports"
fi

seconds() { local start=$1; echo "$(date +%s%N) $start" | awk '{printf "%.1f", ($1 - $2) / 1e9}'; }

rm -f "$work/cli.jsonl"
start=$(date +%s%N)
java -jar "$cli" extract --threads 2 --jsonl "$work/cli.jsonl" --report "$work/cli-report.json" "$work/reports" 2>"$work/cli.log" || true
cli_s=$(seconds "$start")

rm -rf "$work/spark-out"
start=$(date +%s%N)
# splits of 4 MB instead of Spark's 128 MB: the reports are small files, which Spark would pack into one task
src/scripts/spark-submit.sh --master 'local[2]' --conf spark.ui.enabled=false --conf spark.log.level=WARN \
  --conf spark.files.maxPartitionBytes=4m --class dev.huiyi.spark.HuiyiSparkJob "$spark" \
  --out "$work/spark-out" --report "$work/spark-report.json" "$work/reports" 2>"$work/spark.log" || true
spark_s=$(seconds "$start")

lines() { cat "$@" | wc -l; }
echo "CLI   --threads 2: $(lines "$work/cli.jsonl") lines in ${cli_s} s ($(echo "$n $cli_s" | awk '{printf "%.0f", $1 / $2}') docs/s)"
echo "Spark local[2]:    $(lines "$work"/spark-out/part-*) lines in ${spark_s} s ($(echo "$n $spark_s" | awk '{printf "%.0f", $1 / $2}') docs/s)"
echo "throughput ratio Spark / CLI: $(echo "$cli_s $spark_s" | awk '{printf "%.2f", $1 / $2}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
