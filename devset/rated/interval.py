#!/usr/bin/env python3
"""Bootstrap intervals for the Spearman figures of a rated run.

    python3 devset/rated/interval.py devset/rated/more.csv frozen [target/rated/out]

Reads each review's review_tone.csv from the run folder (devset/rated/run.sh writes it; for the
frozen split, FROZEN=1 devset/rated/run.sh) and prints, for mean_score, judged_tone and
verdict_score, Spearman's rank correlation with the ratings and its 95% bootstrap interval over the
reviews (2,000 resamples, seed 1), then the paired interval of verdict_score less judged_tone.
"""
import csv
import random
import sys

SCORES = ["mean_score", "judged_tone", "verdict_score"]


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    num = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    den = (sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5
    return num / den


def main(ratings, split, runs="target/rated/out"):
    rows = [r for r in csv.DictReader(open(ratings, encoding="utf-8")) if r["split"] == split]
    data = []
    for r in rows:
        tone = next(csv.DictReader(open(f"{runs}/{r['review_id']}/review_tone.csv", encoding="utf-8")))
        data.append([float(r["rating"]) / float(r["scale_max"])] + [float(tone[s]) for s in SCORES])
    rng = random.Random(1)
    samples = [[rng.choice(data) for _ in data] for _ in range(2000)]

    def interval(f):
        values = sorted(f(s) for s in samples)
        return values[49], values[1949]

    print(f"{len(data)} reviews of the {split} split of {ratings}")
    for k, name in enumerate(SCORES, 1):
        low, high = interval(lambda s: spearman([d[0] for d in s], [d[k] for d in s]))
        whole = spearman([d[0] for d in data], [d[k] for d in data])
        print(f"{name}: {whole:.3f} (95% {low:.2f} to {high:.2f})")
    low, high = interval(lambda s: spearman([d[0] for d in s], [d[3] for d in s])
                         - spearman([d[0] for d in s], [d[2] for d in s]))
    print(f"verdict_score less judged_tone: 95% {low:+.2f} to {high:+.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
