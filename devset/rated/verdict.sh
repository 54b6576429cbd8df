#!/usr/bin/env bash
# The verdict model on the rated reviews (sources.csv, more.csv, extra.csv; the frozen split is
# never read):
#
#   devset/rated/verdict.sh          # cross-validated by film: Spearman with the ratings per fold,
#                                    # beside judged_tone, mean_score and the word polarity alone
#   devset/rated/verdict.sh model    # retrains the built-in model (byte-identical on a rerun)
#
# Texts come from devset/texts/rated/ (git-ignored; devset/README.md says how to rebuild them);
# annotations are cached in $REVIEW_LENS_CACHE (default ~/.cache/review-lens/annotations).
set -euo pipefail
cd "$(dirname "$0")/../.."
cache="${REVIEW_LENS_CACHE:-$HOME/.cache/review-lens/annotations}"
./mvnw -q -B -Dstyle.color=never compile >&2
[ -f target/classpath.txt ] || ./mvnw -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
ratings=(--ratings devset/rated/sources.csv --ratings devset/rated/more.csv --ratings devset/rated/extra.csv)
run() { java $(cat .mvn/jvm.config) -cp "target/classes:$(cat target/classpath.txt)" org.reviewlens.cli.ReviewLens train verdict "${ratings[@]}" --texts devset/texts/rated --cache "$cache" "$@"; }
if [ "${1:-}" = model ]; then
  shift
  run --model src/main/resources/org/reviewlens/analyse/verdict/verdict-model.bin "$@"
else
  run --cross-validate "$@"
fi
