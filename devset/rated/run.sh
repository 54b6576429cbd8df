#!/usr/bin/env bash
# Runs review-lens on the rated reviews and prints how well each tone score ranks them by the
# critics' own ratings (Spearman), for the dev split, the test split and both; then the same for
# the dev split of more.csv and extra.csv (the frozen split is neither run nor scored).
# The built-in verdict model was trained on all of these, so its verdict_score here is read on its
# own training reviews; the honest dev figure is devset/rated/verdict.sh (cross-validated by film).
#
#   devset/rated/run.sh [evaluate options]
#   FROZEN=1 devset/rated/run.sh   # the frozen split alone: once, at the end of an issue
#
# Each review is its own film, so each gets a corpus of its own. One run over all of them first
# fills the annotation cache (the models load once); the per-film runs then read the cache.
# Then evaluate prints the Spearman table, beside two blind readers' scores (devset/rated/readers.csv),
# and the sentence roles against the hand labels of the dev split (devset/roles/rated-dev.csv) and
# of the test split (devset/roles/rated-test.csv).
# Texts come from devset/texts/rated/ (git-ignored; see devset/README.md) and are checked against
# the SHA-256 in sources.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/rated

./mvnw -q -B -Dstyle.color=never compile >&2
[ -f target/classpath.txt ] || ./mvnw -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
mkdir -p "$work"; rm -rf "$work/classes" "$work/corpora" "$work/out" "$work/warm"; cp -r target/classes "$work/classes"
java_run() { java ${JAVA_OPTS:-} $(cat .mvn/jvm.config) -cp "$work/classes:$(cat target/classpath.txt)" org.reviewlens.cli.ReviewLens "$@"; }

python3 - "$work" "${FROZEN:-}" <<'PY'
import csv, hashlib, os, sys
work, frozen = sys.argv[1], sys.argv[2] == "1"
rows = []
for name in ("sources.csv", "more.csv", "extra.csv"):
    # The frozen split is run only when asked for, and then alone.
    rows += [r for r in csv.DictReader(open(f"devset/rated/{name}", encoding="utf-8"))
             if (r["split"] == "frozen") == frozen]
all_dir = f"{work}/warm/corpus/reviews"
os.makedirs(all_dir)
with open(f"{work}/warm/corpus/film.csv", "w") as f:
    f.write("title,year,director,director_aliases,director_gender\nRated reviews,2000,,,\n")
for r in rows:
    path = f"devset/texts/rated/{r['review_id']}.txt"
    if not os.path.exists(path):
        sys.exit(f"{path}: missing; rebuild it from {r['url']} with devset/recover.py (see devset/README.md)")
    data = open(path, "rb").read()
    if hashlib.sha256(data).hexdigest() != r["sha256"]:
        sys.exit(f"{path}: SHA-256 differs from devset/rated/sources.csv")
    corpus = f"{work}/corpora/{r['review_id']}"
    os.makedirs(f"{corpus}/reviews")
    for d in (f"{corpus}/reviews", all_dir):
        open(f"{d}/{r['review_id']}.txt", "wb").write(data)
    with open(f"{corpus}/film.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "year", "director", "director_aliases", "director_gender"])
        w.writerow([r["film"], r["year"], "", "", ""])
PY

java_run --corpus "$work/warm/corpus" --out "$work/warm/out" --no-progress --threads 2 > "$work/warm.log" 2>&1 || {
  code=$?; [ $code -eq 3 ] || { cat "$work/warm.log" >&2; exit $code; }; }
export -f java_run; export work
ls "$work/corpora" | xargs -P 2 -I{} bash -c \
  'java_run --corpus "$work/corpora/{}" --out "$work/out/{}" --no-progress > "$work/{}.log" 2>&1 || { c=$?; [ $c -eq 3 ] || { cat "$work/{}.log" >&2; exit 255; }; }'
if [ "${FROZEN:-}" = 1 ]; then
  printf '## The frozen split of devset/rated/more.csv (run once, at the end of an issue)\n'
  java_run evaluate --ratings devset/rated/more.csv --rated-runs "$work/out" --frozen "$@"
  exit 0
fi
java_run evaluate --ratings devset/rated/sources.csv --rated-runs "$work/out" \
  --reader-scores devset/rated/readers.csv \
  --roles devset/roles/rated-dev.csv --roles-run "$work/out" "$@"
printf '\n## The test split, kept aside\n'
java_run evaluate --roles devset/roles/rated-test.csv --roles-run "$work/out" "$@"
printf '\n## More rated reviews: the dev split of devset/rated/more.csv (its frozen split is not run)\n'
java_run evaluate --ratings devset/rated/more.csv --rated-runs "$work/out" "$@"
printf '\n## Still more: devset/rated/extra.csv (all dev)\n'
java_run evaluate --ratings devset/rated/extra.csv --rated-runs "$work/out" "$@"
