#!/usr/bin/env python3
"""Extract the catalog corpus: event types and API operations from public vendor catalogs.

Every other corpus comes from application code.  This one comes from the public catalogs users
copy names from, and each name's kind is stated by the catalog itself, never read from the name.
Python 3.11, standard library only.

Usage::

    python3 catalog.py [--mirror DIR] [--wheels DIR] [--files DIR] [--out DIR]

``--mirror`` holds the fetched git directories (``OWNER+NAME/repo``, the layout the search
tool's ``fetch`` leaves under ``/work/.mirror``); each is read with ``git show`` at the commit
pinned in ``SOURCES``.  ``--wheels`` holds the PyPI wheels named in ``SOURCES`` (``pip download
stripe==16.1.0 azure-eventgrid==4.22.1 paddle-python-sdk==1.16.1
braintree==4.48.0 chargebee==3.29.0 --no-deps``); each wheel's SHA-256 is checked.  ``--files``
holds single files of repositories too large to fetch, at ``OWNER+NAME/COMMIT/PATH`` (saved from
``https://raw.githubusercontent.com/OWNER/NAME/COMMIT/PATH``).  A rerun writes the same bytes.

Labels (the catalog says what each name is)
-------------------------------------------
event    Stripe's webhook event types (the ``enabled_events`` enum of a webhook endpoint, and
         the types of the SDK's event classes, ``v2.core.account.created``);
         GitHub's webhook events and their actions (octokit/webhooks' payload schemas, one per
         event and action); Azure Event Grid's system event types (the SDK's
         ``SystemEventNames``); Google Cloud's CloudEvents types (google-cloudevents' schema
         catalog); the reasons of the Kubernetes kubelet's events; Paddle Billing's event type
         names, Braintree's webhook notification kinds and Chargebee's event types.
command  an AWS operation (botocore's ``service-2.json``, services whose protocol is
         ``rest-json`` or ``rest-xml``) whose HTTP method is POST, PUT, PATCH or DELETE;
query    one whose method is GET or HEAD.  Never by the operation's name: a POST that only reads
         (``SearchX``) stays a command, as its API says.

Names
-----
Each name is the PascalCase identifier a Rust user would derive on: the type's segments after
any vendor prefix, joined (``invoice.payment_succeeded`` -> ``InvoicePaymentSucceeded``;
``Microsoft.Storage.BlobCreated`` -> ``BlobCreated``; ``v2.core.account.created`` ->
``CoreAccountCreated``; ``google.cloud.storage.object.v1.finalized``
-> ``StorageObjectFinalized``, version segments dropped; GitHub ``pull_request`` + ``closed`` ->
``PullRequestClosed``; a GitHub event with no action, ``push`` -> ``Push``).  A segment already in
camel or Pascal case keeps its capitals (``apiConfig`` -> ``ApiConfig``, ``APICreated``).  The
original type string is kept in the ``wire`` column (for AWS, the operation name).

Selection
---------
AWS: the newest API version of each service; its operations sorted by name, and every k-th kept
(k = ceil(operations / AWS_PER_SERVICE)), so no service gives more than AWS_PER_SERVICE names.
Within the catalog a name is kept once, at its first source (sources in ``SOURCES`` order); a
name two sources give different kinds is dropped from both.  A name any earlier corpus
(``names.tsv``, ``validation.tsv``, ``holdout*.tsv``) holds is left out and counted.

Output: ``catalog.tsv`` (``name, kind, source, path, wire``, sorted by kind, name) and
``catalog-sources.tsv`` (``source, pin, licence, catalog, names, area``); the ``area`` is the
catalog's short name, so results split by catalog.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# At most this many operations from one AWS service.
AWS_PER_SERVICE = 8

# source id, kind of pin, pin, licence, catalog, area
SOURCES = [
    {
        "source": "pypi:stripe",
        "wheel": "stripe-16.1.0-py3-none-any.whl",
        "sha256": "3798e07a0603c8923710414cd1942ae847ed43cebbf34c3258417c189711ea70",
        "pin": "16.1.0",
        "licence": "MIT",
        "catalog": "Stripe webhook event types (WebhookEndpoint enabled_events)",
        "area": "stripe",
        "path": "stripe/params/_webhook_endpoint_create_params.py",
        "thin": "stripe/events/_event_classes.py",
    },
    {
        "source": "octokit/webhooks",
        "commit": "3a58428aa5c399cf5aa12c8663aea1fb1f515254",
        "licence": "MIT",
        "catalog": "GitHub webhook events and actions (payload schemas)",
        "area": "github",
        "path": "payload-schemas/api.github.com",
    },
    {
        "source": "pypi:azure-eventgrid",
        "wheel": "azure_eventgrid-4.22.1-py3-none-any.whl",
        "sha256": "648bbd136d5726a8addd0d644c5afcd2234631b1f409253d4b08057e5b4592d1",
        "pin": "4.22.1",
        "licence": "MIT",
        "catalog": "Azure Event Grid system event types (SystemEventNames)",
        "area": "azure",
        "path": "azure/eventgrid/_legacy/_event_mappings.py",
    },
    {
        "source": "googleapis/google-cloudevents",
        "commit": "6fda292a458d2d1a534e6faaf8bd766cf9e32eb6",
        "licence": "Apache-2.0",
        "catalog": "Google Cloud CloudEvents types (schema catalog)",
        "area": "gcp",
        "path": "jsonschema/catalog.json",
    },
    {
        "source": "kubernetes/kubernetes",
        "commit": "819ecd4dbe6afbaa4f6227d22b9c46938d48e603",
        "file": True,
        "licence": "Apache-2.0",
        "catalog": "Kubernetes kubelet event reasons",
        "area": "kubernetes",
        "path": "pkg/kubelet/events/event.go",
    },
    {
        "source": "pypi:paddle-python-sdk",
        "wheel": "paddle_python_sdk-1.16.1-py3-none-any.whl",
        "sha256": "61213f3abd319a41a2f7c80ce76e1b249e2ed7ccbada91f3ce5e78a2952f9cf1",
        "pin": "1.16.1",
        "licence": "Apache-2.0",
        "catalog": "Paddle Billing notification event types (EventTypeName)",
        "area": "paddle",
        "path": "paddle_billing/Entities/Events/EventTypeName.py",
    },
    {
        "source": "pypi:braintree",
        "wheel": "braintree-4.48.0-py2.py3-none-any.whl",
        "sha256": "cf8d13b445fde113858a6576be3da0273055932f7f0f5983cd910e1bd3db54a9",
        "pin": "4.48.0",
        "licence": "MIT",
        "catalog": "Braintree webhook notification kinds (WebhookNotification.Kind)",
        "area": "braintree",
        "path": "braintree/webhook_notification.py",
    },
    {
        "source": "pypi:chargebee",
        "wheel": "chargebee-3.29.0-py3-none-any.whl",
        "sha256": "43a07f2255f5435676e5703f11789900d10fd5185f49078faa4209dac1e0321f",
        "pin": "3.29.0",
        "licence": "MIT",
        "catalog": "Chargebee webhook event types (EventType)",
        "area": "chargebee",
        "path": "chargebee/models/enums.py",
    },
    {
        "source": "boto/botocore",
        "commit": "0e6e2404b85dc336dd2889814e089bde7d1a4c55",
        "licence": "Apache-2.0",
        "catalog": "AWS REST API operations, by HTTP method (rest-json, rest-xml)",
        "area": "aws",
        "path": "botocore/data",
    },
]

EARLIER = ["names.tsv", "validation.tsv"] + [
    f"holdout{n}.tsv" for n in ["", "2", "3", "4", "5", "6", "7"]
]

VERSION = re.compile(r"v\d+[a-z0-9]*")


def pascal(segments: list[str]) -> str:
    """Joins segments (``payment_succeeded``, ``apiConfig``, ``APICreated``) into PascalCase."""
    out = []
    for seg in segments:
        for word in re.split(r"[_\-\s]+", seg):
            if word:
                out.append(word[0].upper() + word[1:])
    return "".join(out)


class Reader:
    """Reads a source's files at its pin."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    def git(self, src: dict, path: str) -> bytes:
        gitdir = Path(self.args.mirror) / src["source"].replace("/", "+") / "repo"
        return subprocess.run(
            ["git", "--git-dir", str(gitdir), "show", f"{src['commit']}:{path}"],
            check=True,
            capture_output=True,
        ).stdout

    def ls(self, src: dict, path: str) -> list[str]:
        gitdir = Path(self.args.mirror) / src["source"].replace("/", "+") / "repo"
        out = subprocess.run(
            ["git", "--git-dir", str(gitdir), "ls-tree", "-r", "--name-only", src["commit"], path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return sorted(out.split())

    def wheel(self, src: dict, path: str) -> str:
        data = (Path(self.args.wheels) / src["wheel"]).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != src["sha256"]:
            sys.exit(f"{src['wheel']}: sha256 {digest}, expected {src['sha256']}")
        return zipfile.ZipFile(io.BytesIO(data)).read(path).decode()

    def file(self, src: dict) -> str:
        owner_name = src["source"].replace("/", "+")
        return (Path(self.args.files) / owner_name / src["commit"] / src["path"]).read_text()


def stripe(r: Reader, src: dict):
    text = r.wheel(src, src["path"])
    block = text[text.index("enabled_events") :]
    block = block[: block.index("]")]
    for wire in re.findall(r'"([^"]+)"', block):
        if wire != "*":
            yield pascal(wire.split(".")), "event", src["path"], wire
    # the event types of Stripe's event classes (``v2.core.account.created``), version dropped
    for wire in sorted(set(re.findall(r'"(v\d[a-z0-9_.]+)"', r.wheel(src, src["thin"])))):
        yield pascal(wire.split(".")[1:]), "event", src["thin"], wire


def github(r: Reader, src: dict):
    for path in r.ls(src, src["path"]):
        parts = path.split("/")
        if len(parts) != 4 or not parts[3].endswith(".schema.json") or parts[2] == "common":
            continue
        event, action = parts[2], parts[3].removesuffix(".schema.json")
        if action == "event":
            yield pascal([event]), "event", path, event
        else:
            yield pascal([event, action]), "event", path, f"{event}.{action}"


def azure(r: Reader, src: dict):
    text = r.wheel(src, src["path"])
    for wire in re.findall(r'"(Microsoft\.[^"]+)"', text):
        yield pascal(wire.split(".")[2:]), "event", src["path"], wire


def gcp(r: Reader, src: dict):
    catalog = json.loads(r.git(src, src["path"]))
    for schema in catalog["schemas"]:
        for wire in schema.get("cloudeventTypes", []):
            segs = wire.split(".")
            segs = segs[2:] if segs[:2] == ["google", "cloud"] else segs[1:]
            segs = [s for s in segs if not VERSION.fullmatch(s)]
            yield pascal(segs), "event", src["path"], wire


def kubernetes(r: Reader, src: dict):
    for wire in re.findall(r'^\s*\w+\s*=\s*"([^"]+)"', r.file(src), re.M):
        yield wire, "event", src["path"], wire


def paddle(r: Reader, src: dict):
    for wire in re.findall(r'= "([a-z_.]+)"', r.wheel(src, src["path"])):
        yield pascal(wire.split(".")), "event", src["path"], wire


def class_block(text: str, header: str) -> str:
    """The body of the class that ``header`` opens, up to the next line as indented or less."""
    start = text.index(header)
    indent = len(text[: start].rsplit("\n", 1)[-1])
    lines = text[start:].split("\n")
    body = []
    for line in lines[1:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    return "\n".join(body)


def braintree(r: Reader, src: dict):
    block = class_block(r.wheel(src, src["path"]), "class Kind")
    for wire in re.findall(r'^\s+\w+ = "([a-z_]+)"', block, re.M):
        yield pascal([wire]), "event", src["path"], wire


def chargebee(r: Reader, src: dict):
    block = class_block(r.wheel(src, src["path"]), "class EventType(")
    for wire in re.findall(r'^\s+\w+ = "([a-z_]+)"', block, re.M):
        yield pascal([wire]), "event", src["path"], wire


def aws(r: Reader, src: dict):
    newest: dict[str, str] = {}
    for path in r.ls(src, src["path"]):
        parts = path.split("/")
        if len(parts) == 5 and parts[4] == "service-2.json":
            newest[parts[2]] = max(newest.get(parts[2], ""), parts[3])
    for service in sorted(newest):
        path = f"{src['path']}/{service}/{newest[service]}/service-2.json"
        spec = json.loads(r.git(src, path))
        if spec["metadata"].get("protocol") not in ("rest-json", "rest-xml"):
            continue
        ops = sorted(spec["operations"].items())
        step = math.ceil(len(ops) / AWS_PER_SERVICE)
        for name, op in ops[::step]:
            method = op["http"]["method"].upper()
            kind = "query" if method in ("GET", "HEAD") else "command"
            yield name, kind, path, name


READERS = {
    "stripe": stripe,
    "github": github,
    "azure": azure,
    "gcp": gcp,
    "kubernetes": kubernetes,
    "paddle": paddle,
    "braintree": braintree,
    "chargebee": chargebee,
    "aws": aws,
}


def earlier_names() -> set[str]:
    names = set()
    for f in EARLIER:
        for line in (HERE / f).read_text().splitlines()[1:]:
            names.add(line.split("\t", 1)[0])
    return names


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--wheels", default="/tmp/catalog-src")
    ap.add_argument("--files", default="/tmp/catalog-src")
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    r = Reader(args)

    rows: dict[str, tuple[str, str, str, str]] = {}
    kinds: dict[str, set[str]] = {}
    repeated: dict[str, int] = {}
    for src in SOURCES:
        for name, kind, path, wire in READERS[src["area"]](r, src):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
                sys.exit(f"{src['source']}: `{wire}` gives no identifier ({name})")
            kinds.setdefault(name, set()).add(kind)
            if name in rows:
                repeated[src["area"]] = repeated.get(src["area"], 0) + 1
            else:
                rows[name] = (kind, src["source"], path, wire)
    earlier = earlier_names()
    kept, in_earlier, conflicting = [], {}, 0
    for name, (kind, source, path, wire) in rows.items():
        if len(kinds[name]) > 1:
            conflicting += 1
        elif name in earlier:
            in_earlier[source] = in_earlier.get(source, 0) + 1
        else:
            kept.append((name, kind, source, path, wire))
    order = {"event": 0, "command": 1, "query": 2}
    kept.sort(key=lambda row: (order[row[1]], row[0]))

    out = Path(args.out)
    with open(out / "catalog.tsv", "w", newline="\n") as f:
        f.write("name\tkind\tsource\tpath\twire\n")
        for row in kept:
            f.write("\t".join(row) + "\n")
    with open(out / "catalog-sources.tsv", "w", newline="\n") as f:
        f.write("source\tpin\tlicence\tcatalog\tnames\tarea\n")
        for src in SOURCES:
            n = sum(1 for row in kept if row[2] == src["source"])
            pin = src.get("commit") or f"{src['pin']} sha256:{src['sha256']}"
            f.write(f"{src['source']}\t{pin}\t{src['licence']}\t{src['catalog']}\t{n}\t{src['area']}\n")
    print(f"{len(kept)} names kept; {sum(in_earlier.values())} already in earlier corpora "
          f"{in_earlier}; {sum(repeated.values())} repeated in the catalog {repeated}; "
          f"{conflicting} given two kinds", file=sys.stderr)


if __name__ == "__main__":
    main()
