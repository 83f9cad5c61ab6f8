// Modelina (npm @asyncapi/modelina, pinned in package.json) as `cargo xtask compare-exports`
// runs it: `node modelina.mjs LANG OUT_DIR ID=SCHEMA...` writes each schema's models into
// OUT_DIR/ID/, one file per model, with the options the docs page lists.
// Modelina 5.10 refuses JSON Schema 2020-12 ("Input is not a JSON Schema"), so each
// schema is relabelled as draft-07 first: `$schema` changed, `$defs` renamed `definitions`
// (the same keywords otherwise).
import fs from 'node:fs';
import path from 'node:path';
import {
  TypeScriptGenerator, TS_COMMON_PRESET, TS_DESCRIPTION_PRESET,
  PythonGenerator, PYTHON_PYDANTIC_PRESET,
  GoGenerator, GO_DESCRIPTION_PRESET,
  JavaGenerator, JAVA_JACKSON_PRESET, JAVA_DESCRIPTION_PRESET,
} from '@asyncapi/modelina';

const [lang, outDir, ...items] = process.argv.slice(2);

function draft07(text) {
  const schema = JSON.parse(
    text.replaceAll('"$defs"', '"definitions"').replaceAll('#/$defs/', '#/definitions/'),
  );
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  return schema;
}

const generators = {
  ts: () => [new TypeScriptGenerator({
    modelType: 'class',
    enumType: 'union',
    rawPropertyNames: false,
    presets: [{ preset: TS_COMMON_PRESET, options: { marshalling: true } }, TS_DESCRIPTION_PRESET],
  }), (id) => ({ exportType: 'named' }), '.ts'],
  python: () => [new PythonGenerator({ presets: [PYTHON_PYDANTIC_PRESET] }), () => ({}), '.py'],
  go: () => [new GoGenerator({ presets: [GO_DESCRIPTION_PRESET] }), (id) => ({ packageName: id }), '.go'],
  java: () => [new JavaGenerator({
    collectionType: 'List',
    presets: [JAVA_JACKSON_PRESET, JAVA_DESCRIPTION_PRESET],
  }), (id) => ({ packageName: id }), '.java'],
};

const [generator, options, ext] = generators[lang]();
for (const item of items) {
  const eq = item.indexOf('=');
  const id = item.slice(0, eq);
  const schema = draft07(fs.readFileSync(item.slice(eq + 1), 'utf8'));
  const models = await generator.generateCompleteModels(schema, options(id));
  const dir = path.join(outDir, id);
  fs.mkdirSync(dir, { recursive: true });
  for (const m of models) {
    fs.writeFileSync(path.join(dir, m.modelName + ext), m.result + '\n');
  }
}
