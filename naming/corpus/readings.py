#!/usr/bin/env python3
"""Blind readings of corpus names (see README.md, "Blind readings").

    readings.py batches --out DIR [--seed N] [--overlap N | --both] NAMES.tsv...
        Writes the names of the given corpora that `readings.tsv` does not hold yet,
        shuffled, into DIR/A-01.txt, A-02.txt, ... and DIR/B-01.txt, ...: two readers, each
        with half of the names plus the same `--overlap` names (default 300, or a tenth of
        the names if fewer; with `--both`, every name), 250 names a file. No label, source or
        verdict goes with them.

    readings.py merge DIR
        Reads the readers' answers, DIR/out/A-NN.tsv and DIR/out/B-NN.tsv (one
        `NAME<TAB>READING` line per name, in the order of the batch), checks each against its
        batch, and adds the names to `readings.tsv` (columns `name, reader_a, reader_b`,
        sorted by name). Prints how often the two readers agree on the names both read.

Python 3.11, standard library only.
"""

import argparse
import csv
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
READINGS = HERE / "readings.tsv"
KINDS = {"fact", "request", "question", "noun", "either", "unclear", "other"}
BATCH = 250


def load_readings():
    """The readings kept so far: name -> [reader_a, reader_b] ('' where not read)."""
    if not READINGS.exists():
        return {}
    with READINGS.open(newline="") as fh:
        return {r["name"]: [r["reader_a"], r["reader_b"]] for r in csv.DictReader(fh, delimiter="\t")}


def batches(args):
    known = load_readings()
    names = set()
    for path in args.names:
        with open(path, newline="") as fh:
            names.update(r["name"] for r in csv.DictReader(fh, delimiter="\t"))
    names = sorted(n for n in names if n not in known)
    if not names:
        sys.exit("every name is read already")
    rng = random.Random(args.seed)
    rng.shuffle(names)
    overlap = len(names) if args.both else min(args.overlap, max(1, len(names) // 10))
    shared, rest = names[:overlap], names[overlap:]
    half = len(rest) // 2
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for reader, own in (("A", rest[:half]), ("B", rest[half:])):
        todo = shared + own
        rng.shuffle(todo)
        for i in range(0, len(todo), BATCH):
            (out / f"{reader}-{i // BATCH + 1:02d}.txt").write_text("\n".join(todo[i : i + BATCH]) + "\n")
    print(f"{len(names)} names, {overlap} read by both readers, in {out}")


def merge(args):
    folder = pathlib.Path(args.dir)
    readings = load_readings()
    read = {"A": {}, "B": {}}
    for reader in read:
        for batch in sorted(folder.glob(f"{reader}-*.txt")):
            answers = folder / "out" / (batch.stem + ".tsv")
            if not answers.exists():
                sys.exit(f"{answers}: missing")
            expected = batch.read_text().split()
            got = [line.split("\t") for line in answers.read_text().splitlines() if line]
            if [g[0] for g in got] != expected:
                sys.exit(f"{answers}: the names are not those of {batch.name}, in its order")
            for name, reading in got:
                if reading not in KINDS:
                    sys.exit(f"{answers}: `{reading}` for {name} is none of {sorted(KINDS)}")
                read[reader][name] = reading
    both = set(read["A"]) & set(read["B"])
    if both:
        same = sum(read["A"][n] == read["B"][n] for n in both)
        print(f"the readers agree on {same} of the {len(both)} names both read ({100 * same / len(both):.1f}%)")
    for name in set(read["A"]) | set(read["B"]):
        readings[name] = [read["A"].get(name, ""), read["B"].get(name, "")]
    with READINGS.open("w", newline="") as fh:
        fh.write("name\treader_a\treader_b\n")
        for name in sorted(readings):
            fh.write(f"{name}\t{readings[name][0]}\t{readings[name][1]}\n")
    print(f"{READINGS.name}: {len(readings)} names")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(required=True)
    b = sub.add_parser("batches")
    b.add_argument("--out", required=True)
    b.add_argument("--seed", type=int, default=20261130)
    b.add_argument("--overlap", type=int, default=300)
    b.add_argument("--both", action="store_true", help="both readers read every name")
    b.add_argument("names", nargs="+")
    b.set_defaults(run=batches)
    m = sub.add_parser("merge")
    m.add_argument("dir")
    m.set_defaults(run=merge)
    args = p.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
