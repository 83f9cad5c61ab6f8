// Validates a factum contracts/ folder with the reference tools:
//   - every JSON Schema (messages and envelope) against the draft 2020-12 meta-schema
//     with ajv (Ajv2020, strict, formats from ajv-formats);
//   - every envelope factum produced (from <envelopes.json>) against
//     envelope.schema.json, and its data against the schema of its (type, dataversion);
//   - asyncapi.json with @asyncapi/parser: no diagnostics of severity error, and every
//     receive operation reads messages of its own channel.
//
// usage: node contracts.mjs <contracts-dir> [<envelopes.json>]
//   envelopes.json: [{ name, version, envelope }]   (envelope: structured-mode JSON)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Parser } from "@asyncapi/parser";

const [, , dir, envelopesFile] = process.argv;
if (!dir) {
  console.error("usage: node contracts.mjs <contracts-dir> [<envelopes.json>]");
  process.exit(2);
}
const read = (file) => JSON.parse(readFileSync(join(dir, file), "utf8"));
let failed = 0;
let passed = 0;
const fail = (what, detail) => {
  failed++;
  console.error(`FAIL ${what}: ${detail}`);
};
const ok = () => passed++;

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
// Integer formats schemars writes for Rust integer types: checked with their ranges.
const ranges = {
  int8: [-(2 ** 7), 2 ** 7 - 1], int16: [-(2 ** 15), 2 ** 15 - 1], int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63], uint8: [0, 2 ** 8 - 1], uint16: [0, 2 ** 16 - 1],
  uint32: [0, 2 ** 32 - 1], uint64: [0, 2 ** 64], uint: [0, 2 ** 64], int: [-(2 ** 63), 2 ** 63],
  uint128: [0, Infinity], int128: [-Infinity, Infinity],
};
for (const [name, [min, max]] of Object.entries(ranges)) {
  ajv.addFormat(name, { type: "number", validate: (n) => Number.isInteger(n) && n >= min && n <= max });
}
ajv.addFormat("float", { type: "number", validate: () => true });
ajv.addFormat("double", { type: "number", validate: () => true });

const errors = (validate) => ajv.errorsText(validate.errors, { separator: "; " });
const compile = (file) => {
  const schema = read(file);
  if (!ajv.validateSchema(schema)) {
    fail(`${file} against the 2020-12 meta-schema`, errors(ajv));
    return null;
  }
  try {
    const validate = ajv.compile(schema);
    ok();
    return validate;
  } catch (e) {
    fail(`${file} compiles`, e.message);
    return null;
  }
};

const manifest = read("manifest.json");
const envelope = compile(manifest.envelope);
const schemas = new Map();
for (const m of manifest.messages) {
  schemas.set(`${m.name}@${m.version}`, compile(m.schema));
}
console.log(`ajv: ${manifest.messages.length + 1} schema(s) checked against the 2020-12 meta-schema`);

if (envelopesFile) {
  const cases = JSON.parse(readFileSync(envelopesFile, "utf8"));
  for (const c of cases) {
    const e = c.envelope;
    if (envelope && !envelope(e)) fail(`${c.name}: envelope`, errors(envelope));
    else ok();
    const validate = schemas.get(`${e.type}@${e.dataversion}`);
    if (!validate) fail(`${c.name}: data`, `no schema for ${e.type} v${e.dataversion} in the manifest`);
    else if (!validate(e.data)) fail(`${c.name}: data against ${e.type} v${e.dataversion}`, errors(validate));
    else ok();
  }
  console.log(`ajv: ${cases.length} envelope(s) and their data checked`);
}

const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(join(dir, manifest.asyncapi), "utf8"));
const severities = ["error", "warning", "info", "hint"];
for (const d of diagnostics) {
  const line = `${severities[d.severity] ?? d.severity} ${d.code} at /${d.path.join("/")}: ${d.message}`;
  if (d.severity === 0) fail("asyncapi.json", line);
  else console.log(`asyncapi: ${line}`);
}
if (!document) fail("asyncapi.json", "the parser gave no document");
else {
  ok();
  // Every receive operation reads messages of the channel it names.
  const receives = document.operations().filterByReceive();
  for (const op of receives) {
    const channel = op.channels()[0];
    const known = new Set(channel ? channel.messages().all().map((m) => m.id()) : []);
    const stray = op.messages().all().filter((m) => !known.has(m.id()));
    if (!channel || op.messages().length === 0 || stray.length > 0)
      fail(`asyncapi.json: ${op.id()}`, "a receive operation must read messages of its own channel");
    else ok();
  }
  console.log(
    `asyncapi: ${document.channels().length} channel(s), ${document.operations().length} operation(s) (${receives.length} receive), ${document.messages().length} message(s)`,
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
