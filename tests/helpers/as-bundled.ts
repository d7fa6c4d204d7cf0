import Module, { createRequire } from 'node:module';
import { displayWidth } from '../../src/render/display-width.js';

// The bundle gives cli-table3 p06's own width function in place of the
// string-width package (scripts/build.mjs aliases it to
// src/render/string-width-shim.cjs). main() run in this process must measure
// cells the same way, or its tables are not the binary's: string-width counts
// some characters wider (the combining U+3099 as two columns) and cli-table3
// then cuts the cell short ("が=1+1" drawn as "が=…"). Imported before
// anything loads cli-table3, so its require('string-width') finds this.

const here = createRequire(import.meta.url);
const fromTable = createRequire(here.resolve('cli-table3'));
const path = fromTable.resolve('string-width');
const ANSI = /\u001b\[[0-9;]*m/g;

const shim = new Module(path);
shim.filename = path;
shim.loaded = true;
shim.exports = (text: unknown) => (typeof text === 'string' ? displayWidth(text.replace(ANSI, '')) : 0);
here.cache[path] = shim;
