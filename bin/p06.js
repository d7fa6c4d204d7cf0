#!/usr/bin/env node
'use strict';
// The only place that sets the exit code; everything else returns it.
//
// dist/ is CommonJS (Node starts it without its ESM loader). Each file is
// compiled here with the V8 code cache that the build wrote beside it
// (FILE.cache), so a run does not parse and compile the bundle again; a cache
// that does not fit this Node (another version, other V8 flags) is ignored
// by V8 and the file is compiled from source as usual.
const { readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');

/** Every file loaded, with its compiled script: the build asks them for their code cache. */
const loaded = new Map();

function load(file) {
  const known = loaded.get(file);
  if (known !== undefined) return known.module.exports;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no code cache: compile from source
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  loaded.set(file, { module, script });
  const dir = dirname(file);
  const local = (id) => (id.startsWith('./') || id.startsWith('../') ? load(resolve(dir, id)) : require(id));
  script.runInThisContext().call(module.exports, module.exports, local, module, file, dir);
  return module.exports;
}

if (require.main === module) {
  const { main, nodeIO } = load(join(__dirname, '..', 'dist', 'p06.cjs'));
  main(process.argv.slice(2), nodeIO()).then((code) => {
    process.exitCode = code;
  });
} else {
  module.exports = { load, loaded };
}
