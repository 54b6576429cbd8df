#!/usr/bin/env bash
# Profile: where a cold run's time goes, with Java Flight Recorder (in the JDK).
#
#   bench/profile.sh              # 40 reviews (the four, 10 copies), cache off, at 1 and 2 threads
#   COPIES=2 bench/profile.sh     # a quicker, smaller corpus
#   THREADS=2 bench/profile.sh    # one thread count only
#
# Each run records CPU samples (every 10 ms), monitor waits over 1 ms, thread parks, GC, allocation
# and CPU load, then bench/JfrSummary.java prints the tables of bench/PROFILE.md: CPU samples per
# stage while the models load and while the reviews are annotated, the lock waits, and GC,
# allocation and CPU per window. The recordings stay in $KEEP (default target/profile) for
# `jfr print` or JDK Mission Control.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${COPIES:-10}
THREADS=${THREADS:-"1 2"}
KEEP=${KEEP:-target/profile}
work=$(mktemp -d "${TMPDIR:-/tmp}/review-lens-profile.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$KEEP"

echo "== building"
./mvnw -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp -r target/classes "$work/classes"   # the runs do not see a later compile
cp="$work/classes:$(cat "$work/cp.txt")"
heap=$(cat .mvn/jvm.config)
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "== JVM options: $heap"

mkdir -p "$work/big/reviews"
cp corpus/cast.csv corpus/film.csv "$work/big/"
for i in $(seq -w 1 "$COPIES"); do
  for f in corpus/reviews/*.txt; do cp "$f" "$work/big/reviews/$(basename "$f" .txt)-$i.txt"; done
done

for t in $THREADS; do
  jfr="$KEEP/threads-$t.jfr"
  java $heap -XX:FlightRecorderOptions:stackdepth=2048 \
    "-XX:StartFlightRecording:filename=$jfr,settings=profile,jdk.JavaMonitorEnter#threshold=1ms,jdk.ThreadPark#threshold=1ms,jdk.ThreadCPULoad#period=1s" \
    -cp "$cp" org.reviewlens.cli.ReviewLens \
    --corpus "$work/big" --out "$work/out-$t" --no-cache --threads "$t" --no-progress 2>&1 \
    | grep -v '^\[.*jfr' | grep -E 'tokens/s|loaded' || true
  echo "== $t thread(s): $jfr"
  java bench/JfrSummary.java "$jfr"
done
