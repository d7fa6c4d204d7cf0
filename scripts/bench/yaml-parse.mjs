// The baseline for `npm run bench`: a whole Node process that reads every
// *.yaml file in DIR and parses each with the `yaml` package the way p06 does
// on a cold run (Parser + Composer with the same options, and a LineCounter
// for positions) - and nothing else: no conversion to plain data, no
// validation, no report.
//
//   node scripts/bench/yaml-parse.mjs DIR

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Composer, LineCounter, Parser } from 'yaml';

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
  const text = readFileSync(join(dir, name), 'utf8');
  const lines = new LineCounter();
  const composer = new Composer(options);
  const add = (doc) => {
    docs++;
    errors += doc.errors.length;
  };
  for (const token of new Parser(lines.addNewLine).parse(text)) for (const doc of composer.next(token)) add(doc);
  for (const doc of composer.end(false, text.length)) add(doc);
}
if (errors > 0) {
  console.error(`${errors} YAML errors`);
  process.exit(1);
}
process.stdout.write(`${docs} documents\n`);
