import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// The data flows one way (README, design notes): a module may import its own
// layer and the layers below it, never one above. Rank is the height.
export const LAYERS: Record<string, number> = {
  domain: 0,
  i18n: 1,
  load: 2,
  validate: 3,
  model: 4,
  edit: 5,
  workspace: 6,
  reports: 7,
  render: 8,
  cli: 9,
};

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|cjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

/** Every import that points up the layers, as "file → import". */
export function upwardImports(files: readonly string[], read: (f: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const m of read(file).matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) continue;
      const to = layerOf(resolve(dirname(file), spec));
      if (LAYERS[to] === undefined || LAYERS[from] === undefined || LAYERS[to]! > LAYERS[from]!) found.push(`${relative(ROOT, file)} → ${spec}`);
    }
  }
  return found;
}

describe('layer boundaries', () => {
  it('every folder of src/ is a known layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
    expect(readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
  });

  it('no module imports a layer above its own', () => {
    expect(upwardImports(sources(SRC))).toEqual([]);
  });

  it('the check finds an upward import (model importing render)', () => {
    const fake = join(SRC, 'model', 'fake.ts');
    const text = "import { formatMarkdown } from '../render/format-markdown.js';\nimport type { Day } from '../domain/calendar.js';\n";
    expect(upwardImports([fake], () => text)).toEqual(['src/model/fake.ts → ../render/format-markdown.js']);
  });
});
