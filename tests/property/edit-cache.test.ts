import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { CheckError } from './support/checks.js';
import { showRun as show, runInProcess, Scratch, writeInto, type RunResult } from './support/run.js';
import { anyFolder, type FolderInput } from './support/inputs.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// The editing commands' cache must be invisible too: `set` on a folder whose
// files the cache has seen (warm), seen before they changed (stale), or
// whose entry is damaged prints the same bytes, ends with the same exit code
// and leaves the same data as `set --no-cache` on a copy of the same folder.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

type Damage = 'truncate' | 'garbage' | 'empty' | 'wrong-shape';

/** Every file under `dir` but the cache, by path: what an edit may have written. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (name.startsWith('.cache') || !statSync(join(dir, name)).isFile()) continue;
    out[name] = readFileSync(join(dir, name)).toString('base64');
  }
  return out;
}

/** `set` on the first task id a data file writes (or on an id no file has), as a person would pick one. */
function setArgs(input: FolderInput, value: string): string[] {
  const text = Object.entries(input.files)
    .filter(([name]) => name.startsWith('data/'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, content]) => String(content))
    .join('\n');
  const id = /^\s*- id: ([A-Za-z0-9-]+)\s*$/m.exec(text)?.[1] ?? 'MOJ-01';
  return ['--as-of', input.asOf, 'set', id, `owner=${value}`];
}

async function checkEditCache(before: FolderInput, after: FolderInput, damage: Damage): Promise<void> {
  const warm = scratch.folder(before.files);
  const cold = scratch.folder(before.files);
  const cache = join(warm, '.cache-under-test');
  const run = async (args: string[]): Promise<[RunResult, RunResult]> => {
    const a = await runInProcess(args, warm, { P06_CACHE_DIR: cache });
    const b = await runInProcess(['--no-cache', ...args], cold, { P06_CACHE_DIR: join(cold, '.cache-never') });
    return [a, b];
  };
  const same = async (what: string, args: string[]) => {
    const [a, b] = await run(args);
    // A message may name the folder itself: each copy's own path reads the same.
    const norm = (r: RunResult, dir: string) => ({ ...r, stdout: r.stdout.replaceAll(dir, '<dir>'), stderr: r.stderr.replaceAll(dir, '<dir>') });
    const [x, y] = [norm(a, warm), norm(b, cold)];
    if (x.exitCode !== y.exitCode || x.stdout !== y.stdout || x.stderr !== y.stderr) {
      throw new CheckError(`${what} differ\n=== with the cache\n${show(args, x)}\n=== with --no-cache\n${show(args, y)}`);
    }
    if (JSON.stringify(filesOf(warm)) !== JSON.stringify(filesOf(cold))) throw new CheckError(`${what}: the data written differs\n${show(args, x)}`);
  };
  try {
    await same('a first edit (cold cache)', setArgs(before, 'First Office'));
    await same('a second edit (warm cache)', setArgs(before, 'Second Office'));

    // Every task renamed under the warm cache (its id and every mention of it), in both copies alike: a stale check would name the old ids.
    const renamed: FolderInput = { asOf: before.asOf, files: {} };
    for (const [name, content] of Object.entries(before.files)) {
      renamed.files[name] = name.startsWith('data/') ? Buffer.from(Buffer.from(content).toString('latin1').replace(/\b([A-Z][A-Z0-9]*-\d+)\b/g, '$19'), 'latin1') : content;
    }
    for (const dir of [warm, cold]) {
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      writeInto(dir, renamed.files);
    }
    await same('after every task was renamed (stale entry)', setArgs(renamed, 'Renamed Office'));

    // The files change under the warm cache, in both copies alike.
    for (const dir of [warm, cold]) {
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      rmSync(join(dir, 'p06.yaml'), { force: true });
      writeInto(dir, after.files);
    }
    await same('after the data changed (stale entry)', setArgs(after, 'Third Office'));

    const entries = existsSync(cache) ? readdirSync(cache).map((e) => join(cache, e)) : [];
    for (const path of entries.filter((e) => statSync(e).isFile())) {
      if (damage === 'truncate') writeFileSync(path, readFileSync(path).subarray(0, 40));
      else if (damage === 'garbage') writeFileSync(path, Buffer.from([0xff, 0x00, 0x7b, 0x22]));
      else if (damage === 'empty') writeFileSync(path, '');
      else {
        const entry = JSON.parse(readFileSync(path, 'utf8')) as { value?: { files?: { digest?: unknown }[] } };
        for (const f of entry.value?.files ?? []) f.digest = 42;
        writeFileSync(path, JSON.stringify(entry));
      }
    }
    await same(`over a ${damage} cache`, setArgs(after, 'Fourth Office'));
  } finally {
    scratch.release(warm);
    scratch.release(cold);
  }
}

describe('the editing commands’ cache', () => {
  it(
    'is invisible: set with a cold, warm, stale or damaged cache prints and writes what set --no-cache does',
    () => checkProperty('edit-cache', fc.asyncProperty(anyFolder, anyFolder, fc.constantFrom<Damage>('truncate', 'garbage', 'empty', 'wrong-shape'), checkEditCache), 12, 0.5),
    PROPERTY_TIMEOUT,
  );
});
