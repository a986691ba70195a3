#!/usr/bin/env bash
# huiyi on Spark local[2] against huiyi extract --threads 2, over N generated reports (default 20,000) unpacked into
# one directory: the wall time of each whole command (JVM start, models, reading, writing), and the ratio of their
# throughputs (README, "huiyi on Apache Spark"). On a machine shared with other work, run it several times and quote
# the median: one pair's ratio moves with the load by more than any change to the job. Run from the repository's top
# folder after
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

# wall seconds, and CPU seconds (user + system): on a machine shared with other work the wall time varies with the
# load, the CPU time much less
timed() { local out=$1; shift; /usr/bin/time -f "%e %U %S" -o "$out" "$@"; }
wall() { awk '{printf "%.1f", $1}' "$1"; }
cpu() { awk '{printf "%.1f", $2 + $3}' "$1"; }

rm -f "$work/cli.jsonl"
timed "$work/cli.time" java -jar "$cli" extract --threads 2 --jsonl "$work/cli.jsonl" --report "$work/cli-report.json" \
  "$work/reports" 2>"$work/cli.log" || true

rm -rf "$work/spark-out"
timed "$work/spark.time" src/scripts/spark-submit.sh --master 'local[2]' --conf spark.ui.enabled=false \
  --conf spark.log.level=WARN --class dev.huiyi.spark.HuiyiSparkJob "$spark" \
  --out "$work/spark-out" --report "$work/spark-report.json" "$work/reports" 2>"$work/spark.log" || true

lines() { cat "$@" | wc -l; }
rate() { echo "$n $1" | awk '{printf "%.0f", $1 / $2}'; }
echo "CLI   --threads 2: $(lines "$work/cli.jsonl") lines, $(wall "$work/cli.time") s wall ($(rate "$(wall "$work/cli.time")") docs/s), $(cpu "$work/cli.time") s CPU"
echo "Spark local[2]:    $(lines "$work"/spark-out/part-*) lines, $(wall "$work/spark.time") s wall ($(rate "$(wall "$work/spark.time")") docs/s), $(cpu "$work/spark.time") s CPU"
echo "throughput ratio Spark / CLI: wall $(paste "$work/cli.time" "$work/spark.time" | awk '{printf "%.2f", $1 / $4}'), CPU $(paste "$work/cli.time" "$work/spark.time" | awk '{printf "%.2f", ($2 + $3) / ($5 + $6)}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
