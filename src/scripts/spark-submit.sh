#!/usr/bin/env bash
# spark-submit without a Spark download: Spark's own submit class on the jars of spark-runtime.sh, with the
# --add-opens that Spark's launcher adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions). Arguments are
# spark-submit's. SPARK_JARS (default target/spark-jars) and SPARK_DRIVER_OPTS (default -Xmx2g) may be set.
set -euo pipefail
jars=${SPARK_JARS:-$(cd "$(dirname "$0")/../.." && pwd)/target/spark-jars}
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# shellcheck disable=SC2086
exec java "${opens[@]}" ${SPARK_DRIVER_OPTS:--Xmx2g} -cp "$jars/*" org.apache.spark.deploy.SparkSubmit "$@"
