import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { edgeReads, layerOf, layerViolations, sourceFiles, type Layer } from '../helpers/source-graph.js';

// Data flows load → validate → model → reports → render → cli. A module may
// import its own layer and any layer of a lower rank; never a higher one, nor
// another layer of the same rank. Type-only and dynamic imports count too: a
// type from a higher layer is a dependency on it all the same. Every file
// under src/ belongs to a layer, so a new folder takes its place on purpose.
// This table is the one place the layering is written down.

const LAYERS: readonly Layer[] = [
  // The domain's types and small pure rules; every layer may use them.
  { rank: 0, layer: 'domain', paths: ['src/domain/', 'src/problem.ts', 'src/calendar.ts'] },
  // The words p06 prints, per language.
  { rank: 1, layer: 'i18n', paths: ['src/i18n/'] },
  { rank: 2, layer: 'load', paths: ['src/load/'] },
  { rank: 3, layer: 'validate', paths: ['src/validate/'] },
  { rank: 4, layer: 'model', paths: ['src/model/'] },
  // Editing commands rewrite the YAML and check it again: above validate, beside the model.
  { rank: 4, layer: 'edit', paths: ['src/edit/'] },
  { rank: 5, layer: 'reports', paths: ['src/reports/'] },
  { rank: 6, layer: 'render', paths: ['src/render/'] },
  // Config, cache and the validated data for a command: under the CLI, beside the renderers.
  { rank: 6, layer: 'workspace', paths: ['src/workspace/'] },
  { rank: 7, layer: 'cli', paths: ['src/cli/'] },
];

/**
 * Reads of the environment, the console or the clock below the CLI that are
 * allowed, each with its reason, as "src/file.ts: what" (what edgeReads prints
 * after the line number), e.g. housekeeping that cannot change any output.
 */
const EDGE_EXCEPTIONS: readonly { read: string; why: string }[] = [
  { read: 'src/load/cache-store.ts: Date.now()', why: 'removes temporary files that crashed writes left behind, by age; no output depends on it' },
];

describe('layers', () => {
  it('every file under src/ belongs to a layer (place a new folder in LAYERS, tests/architecture/layers.test.ts)', () => {
    expect(sourceFiles(ROOT).filter((file) => layerOf(LAYERS, file) === undefined)).toEqual([]);
  });

  it('no module imports a layer above its own or beside it', () => {
    expect(layerViolations(ROOT, LAYERS)).toEqual([]);
  });

  it('nothing below the CLI reads the environment, the console or the clock: the CLI passes them in', () => {
    const below = sourceFiles(ROOT).filter((file) => layerOf(LAYERS, file)?.layer !== 'cli');
    expect(below.length).toBeGreaterThan(20);
    const allowed = new Set(EDGE_EXCEPTIONS.map((e) => e.read));
    const reads = below.flatMap((file) => edgeReads(ROOT, file)).filter((r) => !allowed.has(r.replace(/:\d+:/, ':')));
    expect(reads).toEqual([]);
  });

});

describe('the checks themselves, on a made-up tree', () => {
  afterAll(removeTempDirs);
  const root = tempData({
    'src/domain/day.ts': 'export type Day = number;\n',
    'src/model/plan.ts': [
      "import type { Day } from '../domain/day.js';",
      "import { main } from '../cli/main.js';",
      "export type { Flags } from '../cli/flags.js';",
      "// import '../cli/in-a-comment.js' is not an import",
      "const text = \"import '../cli/in-a-string.js'; process.env.X\";",
      "export const later = () => import('../render/table.js');",
      "export const edit = async () => (await import('../edit/set.js')).set;",
      'export const now = Date.now() + new Date().getTime() + new Date(0).getTime();',
      "export const home = process.env.HOME ?? console.log(text);",
      '',
    ].join('\n'),
    'src/edit/set.ts': 'export const set = 1;\n',
    'src/cli/main.ts': "import { later } from '../model/plan.js';\nexport const main = () => process.exitCode;\n",
    'src/cli/flags.ts': 'export type Flags = {};\n',
    'src/render/table.ts': 'export {};\n',
    'src/stray.ts': 'export {};\n',
  });

  it('names each upward or sideways import with its file, line and specifier', () => {
    expect(layerViolations(root, LAYERS)).toEqual([
      "src/model/plan.ts:2: imports '../cli/main.js' (src/cli/main.ts): cli is above model",
      "src/model/plan.ts:3: imports '../cli/flags.js' (src/cli/flags.ts): cli is above model",
      "src/model/plan.ts:6: imports '../render/table.js' (src/render/table.ts): render is above model",
      "src/model/plan.ts:7: imports '../edit/set.js' (src/edit/set.ts): edit is beside model, not below it",
    ]);
  });

  it('finds a file outside every layer', () => {
    expect(sourceFiles(root).filter((file) => layerOf(LAYERS, file) === undefined)).toEqual(['src/stray.ts']);
  });

  it('finds the environment, the console and the clock, but not in a string', () => {
    expect(edgeReads(root, 'src/model/plan.ts')).toEqual([
      'src/model/plan.ts:8: Date.now()',
      'src/model/plan.ts:8: new Date()',
      'src/model/plan.ts:9: process.env',
      'src/model/plan.ts:9: console.log',
    ]);
  });
});
