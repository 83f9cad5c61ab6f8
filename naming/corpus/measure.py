#!/usr/bin/env python3
"""Runs `factum names` over names.tsv and prints, per labelled kind, the share of each verdict.

Usage: python3 measure.py [--factum PATH] [--names names.tsv] [--misses FILE]
The verdict columns are what `factum names` prints (event, command, query, unknown).
Python 3.11, standard library only.
"""
import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--factum", default="factum")
ap.add_argument("--names", default=str(Path(__file__).resolve().parent / "names.tsv"))
ap.add_argument("--misses", help="write rows whose verdict is not their label to this file")
args = ap.parse_args()
rows = [line.rstrip("\n").split("\t") for line in open(args.names, encoding="utf-8")][1:]
out = subprocess.run([args.factum, "names"], input="".join(r[0] + "\n" for r in rows),
                     capture_output=True, text=True, check=True).stdout.splitlines()
if len(out) != len(rows):
    sys.exit(f"factum printed {len(out)} lines for {len(rows)} names")
by = defaultdict(Counter)
misses = []
for r, line in zip(rows, out):
    name, verdict = line.split("\t")[:2]
    assert name == r[0], (name, r[0])
    by[r[1]][verdict] += 1
    if verdict != r[1]:
        misses.append("\t".join([r[0], r[1], verdict, r[2], line.split("\t", 2)[-1]]))
verdicts = ["event", "command", "query", "unknown"]
print("label    n      " + "  ".join(f"{v:>8}" for v in verdicts))
for kind in ["event", "command", "query"]:
    c, n = by[kind], sum(by[kind].values())
    print(f"{kind:8} {n:5}  " + "  ".join(f"{100 * c[v] / n:7.1f}%" for v in verdicts))
if args.misses:
    Path(args.misses).write_text("\n".join(misses) + "\n", encoding="utf-8")
