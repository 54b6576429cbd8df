#!/usr/bin/env python3
"""Lays the development films out as corpora and prints a `review-lens batch` plan that runs them
all and then evaluates them, in one JVM.

    devset/plan.py SPLIT WORK TEXTS CACHE [--no-cast] [-- EVALUATE_OPTIONS...]

SPLIT is home, dev, test or all (films.csv's split column), or model. The models train on the
development films, on the title-labelled films of titles.csv and on the films of distant/ (see
devset/README.md). On the dev split each film's
title and person decisions are made by models trained without its fold (`train
--hold-out-fold`), so that the figures are cross-validated; the plan first prints the
cross-validation of each decision. The other splits use the built-in models. SPLIT model prints
the one line that trains the built-in models on every development film. Each text is looked for in
devset/texts/<film>/ and in TEXTS/<film>/ (a folder outside the work tree, so that a fresh clone
on the same machine finds it), checked against the SHA-256 in the film's sources.csv, and copied
to the other place if it was missing there. A film without gold.csv is left out with a note.
"""
import csv
import hashlib
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The films of devset/distant/ (named after no character, without a hand count) train the person
# decision too, unless NO_DISTANT=1.
DISTANT = os.environ.get("NO_DISTANT") != "1"


def text_of(film, row, texts):
    places = [ROOT / "devset" / "texts" / film / f"{row['review_id']}.txt",
              Path(texts) / film / f"{row['review_id']}.txt"]
    for place in places:
        if place.is_file():
            data = place.read_bytes()
            if hashlib.sha256(data).hexdigest() != row["sha256"]:
                sys.exit(f"{place}: SHA-256 differs from devset/films/{film}/sources.csv")
            for other in places:
                if not other.exists():
                    other.parent.mkdir(parents=True, exist_ok=True)
                    other.write_bytes(data)
            return data
    sys.exit(f"{places[0]}: missing; rebuild it from {row['url']} with devset/recover.py "
             "(see devset/README.md)")


def lay_out(film, corpus, texts, no_cast, folder=None):
    if corpus.exists():
        shutil.rmtree(corpus)
    (corpus / "reviews").mkdir(parents=True)
    if film == "anora":
        for name in ["reviews.csv", "film.csv"] + ([] if no_cast else ["cast.csv"]):
            shutil.copy(ROOT / "corpus" / name, corpus / name)
        for text in (ROOT / "corpus" / "reviews").glob("*.txt"):
            shutil.copy(text, corpus / "reviews" / text.name)
        return
    folder = folder or ROOT / "devset" / "films" / film
    with open(folder / "sources.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            (corpus / "reviews" / f"{row['review_id']}.txt").write_bytes(text_of(film, row, texts))
    for name in ["film.csv"] + ([] if no_cast else ["cast.csv"]):
        shutil.copy(folder / name, corpus / name)


def training_films(work, texts):
    """Every development film, laid out with its cast.csv, as `train` options."""
    with open(ROOT / "devset" / "films.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == "dev"]
    options = []
    for row in rows:
        film = row["film_id"]
        folder = ROOT / "devset" / "films" / film
        corpus = work / "train-corpora" / film
        lay_out(film, corpus, texts, False)
        options += ["--corpus", str(corpus), "--gold", str(folder / "gold.csv"),
                    "--fold", row["fold"]]
    # Films whose title occurrences alone were labelled by hand (devset/titles/): they train and
    # are scored in the cross-validation, never in evaluate.
    with open(ROOT / "devset" / "titles.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            film, folder = row["film_id"], ROOT / "devset" / "titles" / row["film_id"]
            corpus = work / "train-corpora" / film
            lay_out(film, corpus, texts, False, folder)
            options += ["--corpus", str(corpus), "--gold", str(folder / "gold.csv"),
                        "--fold", row["fold"]]
    if DISTANT:
        for folder in sorted((ROOT / "devset" / "distant").glob("*/sources.csv")):
            film = folder.parent.name
            corpus = work / "train-corpora" / film
            lay_out(film, corpus, texts, False, folder.parent)
            options += ["--distant-corpus", str(corpus)]
    return options, sorted({int(r["fold"]) for r in rows})


def main(argv):
    split, work, texts, cache = argv[:4]
    if split == "model":
        options, _ = training_films(Path(work), texts)
        resources = ROOT / "src" / "main" / "resources" / "org" / "reviewlens" / "extract"
        print("\t".join(["train"] + options + [
            "--cache", cache, "--title-model", str(resources / "title" / "title-model.bin"),
            "--person-model", str(resources / "people" / "person-model.bin")]))
        return
    rest = argv[4:]
    no_cast = "--no-cast" in rest[: rest.index("--")] if "--" in rest else "--no-cast" in rest
    evaluate_options = rest[rest.index("--") + 1:] if "--" in rest else []
    work = Path(work)
    with open(ROOT / "devset" / "films.csv", newline="", encoding="utf-8") as f:
        films = [r["film_id"] for r in csv.DictReader(f) if split == "all" or r["split"] == split]
    if not films:
        sys.exit(f"no films in split '{split}'")
    lines, evaluate = [], ["evaluate", "--films", "devset/films.csv"]
    fold_of = {}
    if split == "dev":
        options, folds = training_films(work, texts)
        lines.append(["train"] + options + ["--cache", cache, "--cross-validate"])
        for fold in folds:
            lines.append(["train"] + options + [
                "--cache", cache, "--hold-out-fold", str(fold),
                "--title-model", str(work / f"title-fold-{fold}.bin"),
                "--person-model", str(work / f"person-fold-{fold}.bin")])
        with open(ROOT / "devset" / "films.csv", newline="", encoding="utf-8") as f:
            fold_of = {r["film_id"]: r["fold"] for r in csv.DictReader(f)}
    for film in films:
        folder = ROOT / "devset" / "films" / film
        if not (folder / "gold.csv").exists():
            print(f"{film}: no gold.csv yet; left out", file=sys.stderr)
            continue
        corpus, out = work / "corpora" / film, work / "out" / film
        lay_out(film, corpus, texts, no_cast)
        # A film whose run fails must leave no output behind for evaluate to score as if it were new.
        if out.exists():
            shutil.rmtree(out)
        model = ["--title-model", str(work / f"title-fold-{fold_of[film]}.bin"),
                 "--person-model", str(work / f"person-fold-{fold_of[film]}.bin")] \
            if film in fold_of else []
        lines.append(["--corpus", str(corpus), "--out", str(out), "--cache", cache,
                      "--no-progress"] + model)
        evaluate += ["--gold", str(folder / "gold.csv"), "--out", str(out)]
        if no_cast:
            truth = ROOT / "corpus" if film == "anora" else folder
            evaluate += ["--cast", str(truth / "cast.csv"), "--film", str(truth / "film.csv")]
    lines.append(evaluate + evaluate_options)
    for line in lines:
        print("\t".join(line))


if __name__ == "__main__":
    main(sys.argv[1:])
