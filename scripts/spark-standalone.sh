#!/usr/bin/env bash
# A standalone Spark master and one worker on this machine, as separate JVMs on loopback, with no
# Spark distribution: the jars come from the spark profile's Maven class path.
#
#   scripts/spark-standalone.sh start [CORES] [MEMORY]   # a worker of CORES (2) and MEMORY (8g)
#   scripts/spark-standalone.sh stop
#
# Then: --engine spark --master spark://127.0.0.1:7077 (docs/cluster.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/target/spark-standalone"

start() {
  mkdir -p "$dir/home/jars" "$dir/work"
  mvn -q -B -Pspark compile dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt"
  local cp="$PWD/target/classes:$(cat "$dir/classpath.txt")"
  # The Worker launches executors from $SPARK_HOME/jars (here empty: the class path comes from the
  # driver), and both daemons bind to loopback only.
  export SPARK_HOME="$dir/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  nohup java -Xmx512m -Dorg.slf4j.simpleLogger.log.org.apache.spark.deploy=info -cp "$cp" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 7077 --webui-port 8080 > "$dir/master.log" 2>&1 &
  echo $! > "$dir/master.pid"
  for _ in $(seq 60); do grep -q "I have been elected leader" "$dir/master.log" && break; sleep 0.5; done
  nohup java -Xmx512m -Dorg.slf4j.simpleLogger.log.org.apache.spark.deploy=info -cp "$cp" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 \
    --host 127.0.0.1 --cores "${1:-2}" --memory "${2:-8g}" --work-dir "$dir/work" > "$dir/worker.log" 2>&1 &
  echo $! > "$dir/worker.pid"
  for _ in $(seq 60); do grep -q "Successfully registered with master" "$dir/worker.log" && break; sleep 0.5; done
  grep -h "Starting Spark master\|Successfully registered" "$dir/master.log" "$dir/worker.log"
}

stop() {
  for daemon in worker master; do
    if [ -f "$dir/$daemon.pid" ]; then
      kill "$(cat "$dir/$daemon.pid")" 2>/dev/null || true
      rm -f "$dir/$daemon.pid"
    fi
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start [CORES] [MEMORY] | stop" >&2; exit 2 ;;
esac
