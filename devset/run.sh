#!/usr/bin/env bash
# Runs review-lens on the development set and prints the evaluate tables, in one JVM: the films'
# runs and the evaluation are the lines of one `review-lens batch` plan, so the models load once.
#
#   devset/run.sh [SPLIT] [evaluate options]
#
# SPLIT is dev (the default: the development films, in folds, each film's title decision made by a
# model trained without its fold), model (trains the built-in title model on every development
# film), test (the frozen films: run once, at
# the end of an issue), home (the four Anora reviews in corpus/) or all. NO_CAST=1 leaves each
# film's cast.csv out, so the characters are discovered.
#
# Texts come from devset/texts/ (git-ignored) or from $REVIEW_LENS_TEXTS (default
# ~/.cache/review-lens/devset-texts), outside the work tree so that a fresh clone on the same
# machine has them; each is checked against the SHA-256 in its film's sources.csv (see
# devset/README.md to rebuild a missing one). The annotations are cached in $REVIEW_LENS_CACHE
# (default ~/.cache/review-lens/annotations), outside the work tree too.
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"; shift || true
work="target/devset${NO_CAST:+-nocast}"
texts="${REVIEW_LENS_TEXTS:-$HOME/.cache/review-lens/devset-texts}"
cache="${REVIEW_LENS_CACHE:-$HOME/.cache/review-lens/annotations}"

./mvnw -q -B -Dstyle.color=never compile >&2
[ -f target/classpath.txt ] || ./mvnw -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
# A private copy of the classes, so that a rebuild during the run does not change them.
mkdir -p "$work"; rm -rf "$work/classes"; cp -r target/classes "$work/classes"

python3 devset/plan.py "$split" "$work" "$texts" "$cache" ${NO_CAST:+--no-cast} -- "$@" > "$work/plan.tsv"
# Exit code 3 (a review skipped) still evaluates; any other failure stops.
java ${JAVA_OPTS:-} $(cat .mvn/jvm.config) -cp "$work/classes:$(cat target/classpath.txt)" \
  org.reviewlens.cli.ReviewLens batch "$work/plan.tsv" 2> "$work/batch.log" || {
  code=$?; [ $code -eq 3 ] || { cat "$work/batch.log" >&2; exit $code; }; }
