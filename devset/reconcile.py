#!/usr/bin/env python3
"""Compares the two independent counts of a film and lists where they disagree.

    devset/reconcile.py FILM_ID

Rows both counts hold (same review, span, character and kind) are agreed. Every other row is
written to counts/disagreements.csv with the count that holds it and its context (git-ignored,
as it quotes the review), for a reader to settle under the counting rules of devset/README.md.
The reader records each decision in counts/settled.csv (the same rows without the context, with
`keep` = yes or no); run the script again and it writes gold.csv: the agreed rows plus the kept.
"""
import csv
import re
import sys
from pathlib import Path

FIELDS = ["review_id", "char_begin", "char_end", "surface", "character", "kind"]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {tuple(r[k] for k in FIELDS) for r in csv.DictReader(f)}


def context(text_dir, row):
    text = (text_dir / f"{row[0]}.txt").read_text(encoding="utf-8")
    b, e = int(row[1]), int(row[2])
    return re.sub(r"\s+", " ", text[max(0, b - 90):b] + "[[" + text[b:e] + "]]" + text[e:e + 90])


def main(film):
    root = Path(__file__).resolve().parent
    counts = root / "films" / film / "counts"
    a, b = read(counts / "count_a.csv"), read(counts / "count_b.csv")
    # Pronouns labelled apart from the names join each count they were labelled for.
    for letter, count in (("a", a), ("b", b)):
        pronouns = counts / f"pronouns_{letter}.csv"
        if pronouns.exists():
            count |= read(pronouns)
    order = lambda r: (r[0], int(r[1]), r[5])
    settled_file = counts / "settled.csv"
    if settled_file.exists():
        with open(settled_file, newline="", encoding="utf-8") as f:
            settled = {tuple(r[k] for k in FIELDS) for r in csv.DictReader(f) if r["keep"] == "yes"}
        gold = sorted((a & b) | settled, key=order)
        with open(root / "films" / film / "gold.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(FIELDS)
            w.writerows(gold)
        print(f"{film}: {len(a & b)} agreed + {len(settled)} settled = {len(gold)} gold rows")
        return
    with open(counts / "disagreements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FIELDS + ["counted_by", "context", "keep"])
        for row in sorted(a ^ b, key=order):
            w.writerow(list(row) + ["a" if row in a else "b", context(root / "texts" / film, row), ""])
    print(f"{film}: {len(a)} in count a, {len(b)} in count b, {len(a & b)} agreed, {len(a ^ b)} to settle")


if __name__ == "__main__":
    main(sys.argv[1])
