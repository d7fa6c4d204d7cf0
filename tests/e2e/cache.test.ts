import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli, type CliResult } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// The cache must be invisible: for every command and format, a cold run
// (which writes the cache), a warm run (which reads it) and a --no-cache run
// print the same bytes; a changed file or a damaged entry changes nothing but
// speed. And it must be used: a warm run answers from the entry, not the files.

const work = mkdtempSync(join(tmpdir(), 'p06-cache-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(fixture('twelve-ministries'), work, { recursive: true });
const AS_OF = ['--as-of', '2024-02-01'];

/** Every file under `dir`, however the store lays its entries out. */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile());
}

describe('cached and uncached runs are byte-identical', () => {
  const cacheDir = join(work, '.cache');
  const run = (args: string[], cache = true) => runMain(cache ? args : ['--no-cache', ...args], { cwd: work, env: { P06_CACHE_DIR: cacheDir } });

  const commands: string[][] = [
    ...['text', 'json', 'github'].map((f) => ['validate', '--format', f]),
    ...['overdue', 'at-risk', 'summary', 'list'].flatMap((c) => ['table', 'markdown', 'csv', 'json'].map((f) => [c, ...AS_OF, '--format', f])),
    ...['table', 'json'].map((f) => ['show', 'MOJ-02', ...AS_OF, '--format', f]),
  ];

  it.each(commands.map((c) => [c.join(' '), c]))('%s', async (_name, args) => {
    const none = await run(args as string[], false);
    const cold = await run(args as string[]);
    const warm = await run(args as string[]);
    expect(none.exitCode).toBe(0);
    expect(cold).toEqual(none);
    expect(warm).toEqual(none);
  });

  it('wrote entries (the warm runs above were warm)', () => {
    expect(entries(cacheDir).length).toBeGreaterThan(0);
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
    for (const entry of entries(cacheDir)) writeFileSync(entry, damage(readFileSync(entry, 'utf8')));
    expect(await run(args)).toEqual(expected);
  });
});

/**
 * Runs a report cold, then changes a task's title inside the cache entries
 * (nowhere else), then runs it warm. A warm run that printed the title from
 * the YAML would have validated the files again: the cache missed.
 */
async function warmRunReadsTheEntry(run: (args: string[], cacheDir: string) => Promise<CliResult>): Promise<void> {
  const cacheDir = mkdtempSync(join(work, '.cache-hit-'));
  const args = ['list', ...AS_OF, '--ministry', 'THANHHOA', '--json'];
  const title = (r: CliResult) => (JSON.parse(r.stdout) as { tasks: { id: string; title: string }[] }).tasks.find((t) => t.id === 'THANHHOA-04')!.title;
  const real = "Digitise the land data of the province's district-level units";
  const planted = 'This title is only in the cache';

  const cold = await run(args, cacheDir);
  expect(title(cold)).toBe(real);
  const holding = entries(cacheDir).filter((path) => readFileSync(path, 'utf8').includes(real));
  expect(holding.length, 'a cold run writes the validated tasks into the cache').toBeGreaterThan(0);
  for (const path of holding) writeFileSync(path, readFileSync(path, 'utf8').replaceAll(real, planted));

  const warm = await run(args, cacheDir);
  expect({ exitCode: warm.exitCode, stderr: warm.stderr }).toEqual({ exitCode: 0, stderr: '' });
  expect(title(warm), 'the warm run read its tasks from the cache entry').toBe(planted);
  expect(title(await run(['--no-cache', ...args], cacheDir)), '--no-cache reads the files').toBe(real);
}

describe('the cache is hit', () => {
  it('by main(): a warm run answers from the entry', () => warmRunReadsTheEntry((args, cacheDir) => runMain(args, { cwd: work, env: { P06_CACHE_DIR: cacheDir } })));

  // The bundle's cache key holds its build id: a key that changed from one
  // process to the next would make every run cold, and only two processes show it.
  it('by the built binary: a second process answers from the first one’s entry', () =>
    warmRunReadsTheEntry((args, cacheDir) => runCli(args, { cwd: work, env: { P06_CACHE_DIR: cacheDir } })));
});
