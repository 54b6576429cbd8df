#!/usr/bin/env bash
# The Spark engine against the local engine, in one run on this machine.
#
#   bench/spark.sh            # about 20 minutes on 2 cores
#   COPIES=2 bench/spark.sh   # a quicker, smaller corpus (default 10 copies = 40 reviews)
#
# On the four reviews repeated under distinct ids (COPIES x 4), each run with a fresh, empty cache:
#   local engine at --threads 1 and 2; Spark local-cluster with 1 and with 2 executors of 1 core.
# For each: wall time, tokens per second while annotating, and the peak memory of the whole process
# tree (driver and executors, sampled every half second). Then Spark's fixed overhead per run: a
# one-review corpus on Spark with one executor, against the local engine at one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${COPIES:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/review-lens-spark-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== building"
./mvnw -q -B -Dstyle.color=never -Pspark compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp -r target/classes "$work/classes"
cp="$work/classes:$(cat "$work/cp.txt")"
mkdir -p "$work/spark-home/jars"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

# Each copy gets a last line of its own: the cache is content-addressed, and the Spark engine would
# otherwise annotate each text once and find the copies already cached.
corpus() { # corpus DIR COPIES
  mkdir -p "$1/reviews"; cp corpus/cast.csv corpus/film.csv "$1/"
  for i in $(seq -w 1 "$2"); do
    for f in corpus/reviews/*.txt; do
      { cat "$f"; printf '\nThis is copy %s of the review.\n' "$i"; } > "$1/reviews/$(basename "$f" .txt)-$i.txt"
    done
  done
}
corpus "$work/big" "$COPIES"
mkdir -p "$work/one/reviews"; cp corpus/cast.csv corpus/film.csv "$work/one/"
cp "$(ls corpus/reviews/*.txt | head -1)" "$work/one/reviews/"

# run NAME CORPUS ARGS...: one run with an empty cache; prints wall s, tokens/s and peak tree RSS.
run() {
  local name=$1 corpus=$2; shift 2
  local start=$(date +%s.%N) peak=0
  java $(cat .mvn/jvm.config) -cp "$cp" org.reviewlens.cli.ReviewLens --corpus "$corpus" \
    --out "$work/out-$name" --cache "$work/cache-$name" --no-progress --csv-plain "$@" > "$work/$name.log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    local rss=$(ps -o rss= --pid "$pid" --ppid "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}')
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$pid" || { echo "$name failed:"; tail -20 "$work/$name.log"; exit 1; }
  local wall=$(echo "$(date +%s.%N) - $start" | bc)
  local tps=$(grep -o '= [0-9]* tokens/s' "$work/$name.log" | grep -o '[0-9]*')
  echo "$wall $tps" > "$work/$name.result"
  printf "%-22s %7.1f s   %5s tokens/s   peak memory %6.0f MB\n" "$name" "$wall" "$tps" "$((peak / 1024))"
}

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "== $(ls "$work/big/reviews" | wc -l) reviews, cache empty at each run"
run local-1 "$work/big" --threads 1
run local-2 "$work/big" --threads 2
run spark-1x1 "$work/big" --engine spark --master "local-cluster[1,1,4096]"
run spark-2x1 "$work/big" --engine spark --master "local-cluster[2,1,4096]"
echo "== one review: Spark's fixed cost per run"
run one-local "$work/one" --threads 1
run one-spark "$work/one" --engine spark --master "local-cluster[1,1,4096]"

echo "== results"
r() { cut -d' ' -f"$2" "$work/$1.result"; }
awk -v a="$(r local-2 2)" -v b="$(r local-1 2)" 'BEGIN {printf "local speedup, 2 threads vs 1:      %.2fx\n", a/b}'
awk -v a="$(r spark-2x1 2)" -v b="$(r spark-1x1 2)" 'BEGIN {printf "spark speedup, 2 executors vs 1:   %.2fx\n", a/b}'
awk -v a="$(r spark-2x1 2)" -v b="$(r local-2 2)" 'BEGIN {printf "spark 2x1 vs local 2 threads:       %.2fx the tokens/s\n", a/b}'
awk -v a="$(r one-spark 1)" -v b="$(r one-local 1)" 'BEGIN {printf "spark fixed overhead per run:       %.1f s (one review: %.1f s on spark, %.1f s local)\n", a-b, a, b}'
for n in local-2 spark-1x1 spark-2x1; do
  diff -rq "$work/out-local-1" "$work/out-$n" >/dev/null && echo "output of $n: identical to local-1" || echo "output of $n: DIFFERS from local-1"
done
