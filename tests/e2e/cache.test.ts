import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// The cache must be invisible: for every command and format, a cold run
// (which writes the cache), a warm run (which reads it) and a --no-cache run
// print the same bytes; a changed file or a damaged entry changes nothing but speed.

const work = mkdtempSync(join(tmpdir(), 'p06-cache-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true });
cpSync(join(ROOT, 'p06.yaml'), join(work, 'p06.yaml'));
const cacheDir = join(work, '.cache');
const AS_OF = ['--as-of', '2024-02-01'];

const run = (args: string[], cache = true) => runCli(cache ? args : ['--no-cache', ...args], { cwd: work, env: { P06_CACHE_DIR: cacheDir } });

const commands: string[][] = [
  ...['text', 'json', 'github'].map((f) => ['validate', '--format', f]),
  ...['overdue', 'at-risk', 'summary', 'list'].flatMap((c) => ['table', 'markdown', 'csv', 'json'].map((f) => [c, ...AS_OF, '--format', f])),
  ...['table', 'json'].map((f) => ['show', 'MOJ-02', ...AS_OF, '--format', f]),
];

describe('cached and uncached runs are byte-identical', () => {
  it.each(commands.map((c) => [c.join(' '), c]))('%s', async (_name, args) => {
    const none = await run(args as string[], false);
    const cold = await run(args as string[]);
    const warm = await run(args as string[]);
    expect(none.exitCode).toBe(0);
    expect(cold).toEqual(none);
    expect(warm).toEqual(none);
  });

  it('wrote entries (the warm runs above were warm)', () => {
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
  });

  it('after a file changes, a warm cache gives what a cold run gives', async () => {
    const args = ['overdue', ...AS_OF, '--json'];
    const before = await run(args);
    const path = join(work, 'data', 'moh.yaml');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, original.replace(/deadline: 2024-01-31/, 'deadline: 2023-12-31'));
      const after = await run(args);
      expect(after).toEqual(await run(args, false));
      expect(after.stdout).not.toBe(before.stdout);
      expect(JSON.parse(after.stdout).tasks.find((t: { id: string }) => t.id === 'MOH-01').days_overdue).toBe(32);
    } finally {
      writeFileSync(path, original);
    }
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['garbage', () => '\u0000\u00ff not json'],
    ['empty', () => ''],
    ['another key', (text: string) => text.replace(/"key":"[0-9a-f]+"/, '"key":"0000"')],
  ])('a %s cache entry is ignored', async (_name, damage) => {
    const args = ['summary', ...AS_OF, '--format', 'csv'];
    const expected = await run(args, false);
    await run(args);
    for (const f of readdirSync(cacheDir).filter((n) => n.endsWith('.json'))) {
      const entry = join(cacheDir, f);
      writeFileSync(entry, damage(readFileSync(entry, 'utf8')));
    }
    expect(await run(args)).toEqual(expected);
  });
});
