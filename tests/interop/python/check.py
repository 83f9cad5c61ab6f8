"""Reads envelopes that factum wrote with the official CloudEvents Python SDK (2.x,
``cloudevents.core``, which validates every event), checks every attribute, and writes
back what the SDK encodes for the same events, for factum to read.

usage: python check.py <cases.json> <out.json>  (same formats as ../js/check.mjs)
"""

import json
import sys
from datetime import datetime

from cloudevents.core.bindings import http, kafka
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent

FORMAT = JSONFormat()


def normal(attr, value):
    if attr == "time":
        if isinstance(value, datetime):
            return value
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if attr == "data":
        return json.dumps(value, sort_keys=True)
    if isinstance(value, bool):  # CloudEvents' canonical string of a Boolean
        return "true" if value else "false"
    return str(value)


def text(body):
    return body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body


def main(source, target):
    with open(source, encoding="utf-8") as f:
        cases = json.load(f)
    results, passed, failed = [], 0, 0
    for case in cases:
        try:
            body = case["body"].encode("utf-8")
            if case["binding"] == "kafka":
                headers = {k: v.encode("utf-8") for k, v in case["headers"].items()}
                key = case.get("key")
                message = kafka.KafkaMessage(
                    headers=headers, key=key.encode("utf-8") if key else None, value=body
                )
                event = kafka.from_kafka(message, FORMAT, CloudEvent)
            else:
                event = http.from_http(http.HTTPMessage(headers=case["headers"], body=body), FORMAT, CloudEvent)
            attributes = dict(event.get_attributes())
            for attr, expected in case["expect"].items():
                found = event.get_data() if attr == "data" else attributes.get(attr)
                if normal(attr, found) != normal(attr, expected):
                    raise ValueError(f"attribute {attr}: SDK read {found!r}, factum wrote {expected!r}")
            rebuilt = CloudEvent(attributes, event.get_data())
            s = http.to_structured(rebuilt, FORMAT)
            b = http.to_binary(rebuilt, FORMAT)
            k = kafka.to_binary(rebuilt, FORMAT)
            results.append(
                {
                    "name": case["name"],
                    "structured": {"headers": dict(s.headers), "body": text(s.body)},
                    "binary": {"headers": dict(b.headers), "body": text(b.body)},
                    "kafka": {
                        "headers": {h: text(v) for h, v in k.headers.items()},
                        "key": text(k.key) if k.key is not None else None,
                        "body": text(k.value),
                    },
                }
            )
            passed += 1
        except Exception as e:  # report every case, then fail
            failed += 1
            print(f"{case['name']}: {type(e).__name__}: {e}", file=sys.stderr)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    print(f"python: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
