#!/usr/bin/env bash
# Runs review-lens on the development set and prints the evaluate tables.
#
#   devset/run.sh [SPLIT] [evaluate options]
#
# SPLIT is dev (the default: the films the rules were developed on), test (the films kept aside),
# home (the four Anora reviews in corpus/) or all. NO_CAST=1 leaves each film's cast.csv out, so
# the characters are discovered. Texts come from devset/texts/ (git-ignored; see devset/README.md)
# and are checked against the SHA-256 in each film's sources.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"; shift || true
work="target/devset${NO_CAST:+-nocast}"

mvn -q -B compile
[ -f target/classpath.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
# A private copy of the classes, so that a rebuild during the run does not change them.
mkdir -p "$work"; rm -rf "$work/classes"; cp -r target/classes "$work/classes"
java_run() { java ${JAVA_OPTS:-} $(cat .mvn/jvm.config) -cp "$work/classes:$(cat target/classpath.txt)" org.reviewlens.cli.ReviewLens "$@"; }

films=$(awk -F, -v s="$split" 'NR > 1 && (s == "all" || $4 == s) { print $1 }' devset/films.csv)
[ -n "$films" ] || { echo "no films in split '$split'" >&2; exit 2; }

args=()
for film in $films; do
  if [ "$film" = anora ]; then
    corpus=corpus
    if [ -n "${NO_CAST:-}" ]; then
      corpus="$work/corpora/anora"; rm -rf "$corpus"; mkdir -p "$corpus"
      cp -r corpus/reviews corpus/film.csv corpus/reviews.csv "$corpus/"
    fi
  else
    corpus="$work/corpora/$film"
    rm -rf "$corpus"; mkdir -p "$corpus/reviews"
    tail -n +2 "devset/films/$film/sources.csv" | while IFS=, read -r id url query sha; do
      text="devset/texts/$film/$id.txt"
      [ -f "$text" ] || { echo "$text: missing; rebuild it from $url with devset/recover.py (see devset/README.md)" >&2; exit 2; }
      echo "$sha  $text" | sha256sum --check --quiet - || { echo "$text: SHA-256 differs from sources.csv" >&2; exit 2; }
      cp "$text" "$corpus/reviews/$id.txt"
    done
    cp "devset/films/$film/film.csv" "$corpus/"
    [ -n "${NO_CAST:-}" ] || cp "devset/films/$film/cast.csv" "$corpus/"
  fi
  out="$work/out/$film"
  java_run --corpus "$corpus" --out "$out" --no-progress > "$work/$film.log" 2>&1 || {
    code=$?; [ $code -eq 3 ] || { cat "$work/$film.log" >&2; exit $code; }; }
  args+=(--gold "devset/films/$film/gold.csv" --out "$out")
  if [ -n "${NO_CAST:-}" ]; then
    if [ "$film" = anora ]; then args+=(--cast corpus/cast.csv --film corpus/film.csv); else args+=(--cast "devset/films/$film/cast.csv"); fi
  fi
done
java_run evaluate "${args[@]}" "$@"
