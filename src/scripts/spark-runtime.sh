#!/usr/bin/env bash
# Spark's jars from Maven Central into target/spark-jars (or $1): the documented equivalent of a Spark
# distribution's jars/ folder, for spark-submit's class (org.apache.spark.deploy.SparkSubmit) run with plain java.
# Run from the repository's top folder.
set -euo pipefail
out=${1:-target/spark-jars}
version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)
mvn -B -q -f src/scripts/spark-runtime/pom.xml -Dspark.version="$version" \
    dependency:copy-dependencies -DoutputDirectory="$(pwd)/$out"
echo "Spark $version: $(ls "$out" | wc -l) jars in $out" >&2
