// Reads envelopes that factum wrote, with the official CloudEvents JavaScript SDK
// (which validates every event), checks every attribute, and writes back what the SDK
// encodes for the same events, for factum to read.
//
// usage: node check.mjs <cases.json> <out.json>
//   cases.json: [{ name, binding: "http" | "kafka", headers, body, key?, expect: {attr: value} }]
//   out.json:   [{ name, structured: {headers, body}, binary: {headers, body}, kafka: {headers, key, body} }]
import { readFileSync, writeFileSync } from "node:fs";
import { CloudEvent, HTTP, Kafka } from "cloudevents";

const [, , input, output] = process.argv;
const cases = JSON.parse(readFileSync(input, "utf8"));
const results = [];
let passed = 0;
let failed = 0;

// JSON with object keys sorted, so that key order does not matter.
const canonical = (v) =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(",")}]`
    : v !== null && typeof v === "object"
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`
      : JSON.stringify(v);
const same = (attr, found, expected) => {
  if (attr === "time") return Date.parse(found) === Date.parse(expected);
  if (attr === "data") return canonical(found) === canonical(expected);
  return String(found) === String(expected);
};
const short = (v) => {
  const s = JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
};
const text = (body) => (typeof body === "string" ? body : JSON.stringify(body));

for (const c of cases) {
  try {
    const event =
      c.binding === "kafka"
        ? Kafka.toEvent({ headers: c.headers, key: c.key, value: c.body })
        : HTTP.toEvent({ headers: c.headers, body: c.body });
    if (Array.isArray(event)) throw new Error("expected one event, got a batch");
    event.validate();
    for (const [attr, expected] of Object.entries(c.expect)) {
      if (!same(attr, event[attr], expected)) {
        throw new Error(`attribute ${attr}: SDK read ${short(event[attr])}, factum wrote ${short(expected)}`);
      }
    }
    // An event the SDK builds itself from the attributes it read (validated again).
    const rebuilt = new CloudEvent({ ...event });
    const s = HTTP.structured(rebuilt);
    const b = HTTP.binary(rebuilt);
    const k = Kafka.binary(rebuilt);
    results.push({
      name: c.name,
      structured: { headers: s.headers, body: text(s.body) },
      binary: { headers: b.headers, body: text(b.body) },
      kafka: { headers: k.headers, key: k.key ?? null, body: text(k.value ?? k.body) },
    });
    passed++;
  } catch (e) {
    failed++;
    console.error(`${c.name}: ${e.message ?? e}`);
  }
}
writeFileSync(output, JSON.stringify(results, null, 1));
console.log(`js: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
