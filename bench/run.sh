#!/usr/bin/env bash
# Benchmark: review-lens against plain CoreNLP, in one run on this machine.
#
#   bench/run.sh            # the full benchmark (about 15 minutes on 2 cores)
#   COPIES=2 bench/run.sh   # a quicker, smaller scaling corpus (default 10 copies = 40 reviews)
#
# Measures, each with /usr/bin/time -v (wall time and peak RSS):
#   1. CoreNLP's own command line on the four review files, same annotators, -Xmx4g;
#   2. the main job with an empty cache, by the README's command (./review-lens);
#   3. the same command again, nothing changed;
#   4. a corpus of the four reviews repeated under distinct ids (COPIES x 4), cache off,
#      at --threads 1 and --threads 2 (java with .mvn/jvm.config): tokens per second and the speedup;
# then prints the targets of issue 18 (cold run <= 0.45x plain CoreNLP, >= 550 tokens/s at 2 threads,
# 2 threads >= 1.7x one) with the machine they were measured on.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${COPIES:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/review-lens-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== building"
./mvnw -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp -r target/classes "$work/classes"   # the runs do not see a later compile
cp="$work/classes:$(cat "$work/cp.txt")"
heap=$(cat .mvn/jvm.config)

# run NAME COMMAND...: times one command, keeps its log, prints wall seconds and peak RSS (MB).
run() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1 || {
    echo "$name failed:"; tail -20 "$work/$name.log"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/$name.time")
  echo "$wall" > "$work/$name.wall"
  printf "%-28s %8.1f s   peak RSS %6s MB\n" "$name" "$wall" "$rss"
}
tps() { grep -o '= [0-9]* tokens/s' "$work/$1.log" | grep -o '[0-9]*'; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
ls corpus/reviews/*.txt > "$work/files.txt"
run "1 plain CoreNLP" java -Xmx4g -cp "$cp" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner,parse,sentiment,coref,quote \
  -filelist "$work/files.txt" -outputDirectory "$work/corenlp-out" -outputFormat json
run "2 review-lens, empty cache" ./review-lens --cache "$work/cache" --out "$work/out" --no-progress
run "3 review-lens, rerun" ./review-lens --cache "$work/cache" --out "$work/out" --no-progress

mkdir -p "$work/big/reviews"
cp corpus/cast.csv corpus/film.csv "$work/big/"
for i in $(seq -w 1 "$COPIES"); do
  for f in corpus/reviews/*.txt; do cp "$f" "$work/big/reviews/$(basename "$f" .txt)-$i.txt"; done
done
reviews=$(ls "$work/big/reviews" | wc -l)
run "4a $reviews reviews, 1 thread" java $heap -cp "$cp" org.reviewlens.cli.ReviewLens \
  --corpus "$work/big" --out "$work/big-out1" --no-cache --threads 1 --no-progress
run "4b $reviews reviews, 2 threads" java $heap -cp "$cp" org.reviewlens.cli.ReviewLens \
  --corpus "$work/big" --out "$work/big-out2" --no-cache --threads 2 --no-progress

echo "== results"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
w1=$(cat "$work/1 plain CoreNLP.wall"); w2=$(cat "$work/2 review-lens, empty cache.wall"); w3=$(cat "$work/3 review-lens, rerun.wall")
t1=$(tps "4a $reviews reviews, 1 thread"); t2=$(tps "4b $reviews reviews, 2 threads")
grep -h "models loaded" "$work/2 review-lens, empty cache.log" | sed 's/^/run 2: /'
echo "run 4a: $t1 tokens/s annotating at 1 thread; run 4b: $t2 tokens/s at 2 threads"
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == "<=") ? v <= t : v >= t; print ok ? "met" : "MISSED"}'; }
printf "cold run vs plain CoreNLP (2/1):  %.2f      target <= 0.45: %s\n" "$(echo "$w2 / $w1" | bc -l)" "$(verdict "$(echo "$w2 / $w1" | bc -l)" 0.45 "<=")"
printf "tokens/s at 2 threads (4b):       %s       target >= 550:  %s\n" "$t2" "$(verdict "$t2" 550 ">=")"
printf "2 threads vs 1 (4b/4a):           %.2fx     target >= 1.7x: %s\n" "$(echo "$t2 / $t1" | bc -l)" "$(verdict "$(echo "$t2 / $t1" | bc -l)" 1.7 ">=")"
printf "rerun, nothing changed (3):       %.1f s    target <= 5 s:  %s\n" "$w3" "$(verdict "$w3" 5 "<=")"
diff -rq -x run_report.txt "$work/big-out1" "$work/big-out2" >/dev/null && echo "outputs at 1 and 2 threads: identical" || echo "outputs at 1 and 2 threads: DIFFER"
