#!/usr/bin/env python3
"""Runs `factum names` over names.tsv and prints, per labelled kind, the share of each verdict.

Usage: python3 measure.py [--factum PATH] [--names names.tsv] [--area AREA] [--misses FILE] [--strip-suffix]
`--names validation.tsv` measures the held-out validation corpus; its sources (areas) are
read from `validation-sources.tsv` (for `X.tsv`, `X-sources.tsv`; `sources.tsv` for names.tsv).
The verdict columns are what `factum names` prints (event, command, query, unknown).
`--strip-suffix` reads each name without a closing kind word (`CreateCartCommand` -> `CreateCart`,
`OrderPaidEto` -> `OrderPaid`): a stress figure over the words alone, not a measurement of code.
A variant (`path#Enum` in the path column) is given as `Enum::Variant`, which `factum names`
reads with its enum as the derive does, so the shares match `tests/real_corpus.rs`.
Python 3.11, standard library only.
"""
import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--factum", default="factum")
ap.add_argument("--names", default=str(Path(__file__).resolve().parent / "names.tsv"))
ap.add_argument("--misses", help="write rows whose verdict is not their label to this file")
ap.add_argument("--area", help="only names from sources of this area (domain, framework, ui)")
ap.add_argument("--strip-suffix", action="store_true",
                help="read each name without its closing kind word (a stress figure)")
args = ap.parse_args()
rows = [line.rstrip("\n").split("\t") for line in open(args.names, encoding="utf-8")][1:]
if args.area:
    names = Path(args.names)
    sources = names.with_name("sources.tsv" if names.name == "names.tsv" else f"{names.stem}-sources.tsv")
    area = {r[0]: r[5] for r in (l.rstrip("\n").split("\t") for l in open(sources, encoding="utf-8"))}
    rows = [r for r in rows if area.get(r[2]) == args.area]


KIND_SUFFIX = re.compile(r"(?<=.)(DomainEvent|IntegrationEvent|Event|Command|Cmd|Query|Eto|Notification|UseCase)$")


def shown(r: list[str]) -> str:
    """The name as `factum names` takes it: `Enum::Variant` for a variant."""
    _, _, family = r[3].partition("#")
    name = KIND_SUFFIX.sub("", r[0]) if args.strip_suffix else r[0]
    return f"{family}::{name}" if family else name


out = subprocess.run([args.factum, "names"], input="".join(shown(r) + "\n" for r in rows),
                     capture_output=True, text=True, check=True).stdout.splitlines()
if len(out) != len(rows):
    sys.exit(f"factum printed {len(out)} lines for {len(rows)} names")
by = defaultdict(Counter)
misses = []
for r, line in zip(rows, out):
    name, verdict = line.split("\t")[:2]
    assert name == shown(r), (name, shown(r))
    by[r[1]][verdict] += 1
    if verdict != r[1]:
        misses.append("\t".join([r[0], r[1], verdict, r[2], line.split("\t", 2)[-1]]))
verdicts = ["event", "command", "query", "unknown"]
print("label    n      " + "  ".join(f"{v:>8}" for v in verdicts))
for kind in ["event", "command", "query"]:
    c, n = by[kind], sum(by[kind].values())
    if n == 0:
        continue
    print(f"{kind:8} {n:5}  " + "  ".join(f"{100 * c[v] / n:7.1f}%" for v in verdicts))
if args.misses:
    Path(args.misses).write_text("\n".join(misses) + "\n", encoding="utf-8")


def check(kind: str, names: list[str]) -> list[bool]:
    """`factum names --as KIND`: True where the derive of KIND accepts the name."""
    res = subprocess.run([args.factum, "names", "--as", kind], input="".join(n + "\n" for n in names),
                         capture_output=True, text=True)
    lines = res.stdout.splitlines()
    if res.returncode not in (0, 1) or len(lines) != len(names):
        sys.exit(f"factum names --as {kind}: exit {res.returncode}, {len(lines)} lines for {len(names)}")
    return [line.split("\t")[1] == "accept" for line in lines]


names_of = {k: [shown(r) for r in rows if r[1] == k] for k in ("event", "command", "query")}
print()
for kind, names in names_of.items():
    if names:
        ok = check(kind, names)
        print(f"derived as its label ({kind:7}): {100 * sum(ok) / len(ok):5.1f}% of {len(ok)} accepted")
for kind, other in (("command", "event"), ("event", "command")):
    if names_of[kind]:
        ok = check(other, names_of[kind])
        print(f"{kind} names derived as {other:7}: {100 * (len(ok) - sum(ok)) / len(ok):5.1f}% rejected")
