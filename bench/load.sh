#!/usr/bin/env bash
# Limits under load: the main job on two generated corpora, with the README's heap (.mvn/jvm.config).
#
#   bench/load.sh
#
#   1. 1,000 short reviews (three sentences each, written from a template);
#   2. one review of 200 KiB that is a single unbroken sentence (no full stop).
# Each is timed with /usr/bin/time -v: wall time, peak RSS and the exit code. The texts are made
# here from the project's own words, so nothing of anyone else's is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/review-lens-load.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== building"
./mvnw -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"
heap=$(cat .mvn/jvm.config)

cast() {
  mkdir -p "$1/reviews"
  printf 'character,aliases,actor,actor_aliases,gender\nAni,Ani|Anora,Mikey Madison,Madison,female\nIgor,Igor,Yura Borisov,Borisov,male\nVanya,Vanya|Ivan,Mark Eydelshteyn,Eydelshteyn,male\n' > "$1/cast.csv"
  printf 'title,year,director,director_aliases,director_gender\nAnora,2024,Sean Baker,Sean Baker|Baker,male\n' > "$1/film.csv"
}

cast "$work/thousand"
python3 - "$work/thousand/reviews" <<'PY'
import random, sys
random.seed(7)
adjectives = ['wonderful', 'dull', 'brisk', 'tender', 'clumsy', 'moving', 'flat', 'sharp', 'warm', 'cold']
for i in range(1000):
    a, b = random.sample(['Ani', 'Igor', 'Vanya'], 2)
    text = (f"{a} {random.choice(['meets', 'argues with', 'dances with', 'follows'])} {b} at the club. "
            f"{'She' if a == 'Ani' else 'He'} seems {random.choice(adjectives)} here. "
            f"The film is {random.choice(adjectives)}.\n")
    open(f"{sys.argv[1]}/r{i:04d}.txt", "w").write(text)
PY

cast "$work/runon"
python3 - "$work/runon/reviews" <<'PY'
import random, sys
random.seed(3)
words = ['Ani', 'Igor', 'the', 'car', 'waits', 'and', 'runs', 'while', 'her', 'his', 'film', 'goes',
         'on', 'slowly', 'with', 'a', 'laugh', 'then', 'night', 'club']
out, size = [], 0
while size < 200 * 1024:
    w = random.choice(words); out.append(w); size += len(w) + 1
open(f"{sys.argv[1]}/runon.txt", "w").write(' '.join(out) + '\n')
PY

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), heap: $heap"
for corpus in thousand runon; do
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/$corpus.time" java $heap -cp "$cp" org.reviewlens.cli.ReviewLens \
    --corpus "$work/$corpus" --out "$work/$corpus-out" --no-cache --no-progress > "$work/$corpus.log" 2>&1
  code=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$corpus.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/$corpus.time")
  printf "%-9s exit %d   wall %s   peak RSS %s MB   output %s\n" "$corpus" "$code" "$wall" "$rss" \
    "$(du -sh "$work/$corpus-out" 2>/dev/null | cut -f1)"
  grep -E "^(Analysed|Annotated|skipped|error|internal)" "$work/$corpus.log" || tail -5 "$work/$corpus.log"
done
