import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// The editing commands keep each data file's own check in the cache and
// reuse it for a file whose bytes have not changed. Through the CLI: the
// stored check is what answers for an unchanged file, and a cache that is
// missing, damaged or stale gives exactly what --no-cache gives.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workdir(): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'p06-edit-cache-'));
  dirs.push(dir);
  cpSync(fixture('edit-basic'), dir, { recursive: true });
  return { dir, cache: join(dir, '.cache-under-test') };
}

const run = (dir: string, cache: string, ...args: string[]) => runMain(['--as-of', '2024-06-10', ...args], { cwd: dir, env: { P06_CACHE_DIR: cache } });
const dataOf = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'data')).map((f) => [f, readFileSync(join(dir, 'data', f), 'utf8')]));

/** The cache entry of the editing commands' file checks (the one whose value lists files). */
function editEntry(cache: string): { path: string; entry: { value: { files: { file: string; facts: { ids: string[] } }[] } } } {
  const found = readdirSync(cache)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: join(cache, f), entry: JSON.parse(readFileSync(join(cache, f), 'utf8')) }))
    .filter((e) => Array.isArray(e.entry.value?.files));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Makes the stored check of `file` list a task id the file does not write: only a run that reuses the check sees it. */
function listInStoredCheck(cache: string, file: string, id: string): void {
  const { path, entry } = editEntry(cache);
  entry.value.files.find((f: { file: string }) => f.file === file)!.facts.ids.push(id);
  writeFileSync(path, JSON.stringify(entry));
}

/** An edit of MOF-01, then `id` listed in the stored check of `file`, then `set id`: what that second run says. */
async function setListedId(file: string, id: string) {
  const { dir, cache } = workdir();
  expect((await run(dir, cache, 'set', 'MOF-01', 'owner=Budget Office')).exitCode).toBe(0);
  listInStoredCheck(cache, file, id);
  return { dir, cache, r: await run(dir, cache, 'set', id, 'owner=Nobody') };
}

describe('set reuses the stored checks of unchanged files', () => {
  it('an unchanged file is read from its stored check, not parsed again', async () => {
    // The stored check of moj.yaml (bytes unchanged) is made to list a task the file does not write.
    const { dir, cache, r } = await setListedId('data/moj.yaml', 'MOJ-77');
    // The edit went to moj.yaml, as the stored check said; the file itself then has no such task.
    expect(r.stderr).toContain('data/moj.yaml');
    expect(r.stderr).toContain('MOJ-77');
    expect(r.exitCode).not.toBe(0);
    // Without the cache the id is simply unknown, and the nearest one is offered.
    const cold = await run(dir, cache, '--no-cache', 'set', 'MOJ-77', 'owner=Nobody');
    expect(cold.stderr).not.toContain('data/moj.yaml');
    expect(cold.stderr).not.toBe(r.stderr);
  });

  it('after an edit the entry holds the written file as it now is: the next edit parses nothing it has seen', async () => {
    // Marked in the stored check of the file just written: it answers the next run.
    const { r } = await setListedId('data/mof.yaml', 'MOF-77');
    expect(r.stderr).toContain('data/mof.yaml');
  });
});

/** Done to the warm copy's cache; `data` to both copies' files. */
interface Damage {
  cache?: (cache: string) => void;
  data?: (dir: string) => void;
}
const damages: [string, Damage][] = [
  ['no cache at all', { cache: (cache) => rmSync(cache, { recursive: true, force: true }) }],
  ['a truncated entry', { cache: (cache) => writeFileSync(editEntry(cache).path, '{"format":1,"key":"') }],
  ['garbage', { cache: (cache) => writeFileSync(editEntry(cache).path, '\u0000\u0001not json') }],
  [
    'a wrongly shaped entry',
    { cache: (cache) => {
      const { path, entry } = editEntry(cache);
      (entry.value.files[0] as unknown as Record<string, unknown>).digest = 7;
      writeFileSync(path, JSON.stringify(entry));
    } },
  ],
  [
    'a stale entry (both files changed by hand since)',
    { data: (dir) => {
      for (const f of ['mof.yaml', 'moj.yaml']) writeFileSync(join(dir, 'data', f), readFileSync(join(dir, 'data', f), 'utf8').replace(/owner: [^\n#]*/g, 'owner: Hand Edited '));
    } },
  ],
  [
    'a stale entry (a task renamed by hand since)',
    {
      data: (dir) => writeFileSync(join(dir, 'data/moj.yaml'), readFileSync(join(dir, 'data/moj.yaml'), 'utf8').replaceAll('MOJ-02', 'MOJ-12')),
    },
  ],
];

// A valid edit, one that the promise rules refuse, and one that makes the data invalid.
const edits: string[][] = [
  ['set', 'MOJ-02', 'owner=Department of Justice', 'status=not_started'],
  ['set', 'MOJ-02', 'deadline=2024-12-31'],
  ['set', 'MOJ-03', 'depends_on=MOJ-99'],
  ['set', 'MOF-01', 'status=done', 'completed=2024-06-01'],
];

describe('a missing, damaged or stale cache gives what --no-cache gives', () => {
  it.each(damages)('%s', async (_name, damage) => {
    for (const edit of edits) {
      const warm = workdir();
      const cold = workdir();
      // Prime the cache with an edit, and make the same edit in the cold copy.
      expect((await run(warm.dir, warm.cache, 'set', 'MOF-01', 'owner=Budget Office')).exitCode).toBe(0);
      expect((await run(cold.dir, cold.cache, '--no-cache', 'set', 'MOF-01', 'owner=Budget Office')).exitCode).toBe(0);
      damage.cache?.(warm.cache);
      damage.data?.(warm.dir);
      damage.data?.(cold.dir);
      const a = await run(warm.dir, warm.cache, ...edit);
      const b = await run(cold.dir, cold.cache, '--no-cache', ...edit);
      expect({ code: a.exitCode, stdout: a.stdout, stderr: a.stderr }).toEqual({ code: b.exitCode, stdout: b.stdout, stderr: b.stderr });
      expect(dataOf(warm.dir)).toEqual(dataOf(cold.dir));
    }
  });
});
