// The baseline for `npm run bench`: a whole Node process that reads every
// *.yaml file in DIR and turns each into plain data with the bare `yaml`
// package, single-threaded - `parseDocument(text, options).toJS()` with
// p06's options (YAML 1.2 core schema, no merge keys, strict) - and nothing
// else: no validation, no report. It imports `yaml` from node_modules as
// any program would.
//
//   node scripts/bench/yaml-parse.mjs DIR

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/bench/yaml-parse.mjs DIR');
  process.exit(2);
}

const options = { version: '1.2', schema: 'core', merge: false, strict: true, prettyErrors: false };
let docs = 0;
let errors = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.yaml') && !name.endsWith('.yml')) continue;
  const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), options);
  errors += doc.errors.length;
  doc.toJS();
  docs++;
}
if (errors > 0) {
  console.error(`${errors} YAML errors`);
  process.exit(1);
}
process.stdout.write(`${docs} documents\n`);
