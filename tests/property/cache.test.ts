import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkNoCrash, CheckError } from './support/checks.js';
import { showRun as show, runInProcess, Scratch, writeInto, type RunResult } from './support/run.js';
import { anyFolder, type FolderInput } from './support/inputs.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// The cache must be invisible: a cold run, a warm run, a run after the data
// changed, a run over a corrupt cache and a run with --no-cache print the
// same bytes and end with the same exit code.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

type Input = FolderInput;
const input = anyFolder;

type Corruption = 'truncate' | 'garbage' | 'empty' | 'json-of-another-key';

const commands = (asOf: string): string[][] => [
  ['validate'],
  ['--as-of', asOf, 'validate', '--json'],
  ['--as-of', asOf, '--skip-invalid', 'list', '--json'],
  ['--as-of', asOf, '--skip-invalid', 'summary', '--format', 'csv'],
  ['--as-of', asOf, 'overdue', '--format', 'markdown'],
];

function same(what: string, args: string[], a: RunResult, b: RunResult): void {
  if (a.exitCode !== b.exitCode || a.stdout !== b.stdout || a.stderr !== b.stderr) {
    throw new CheckError(`${what} differ\n=== with the cache\n${show(args, a)}\n=== with --no-cache\n${show(args, b)}`);
  }
}

async function checkCache(before: Input, after: Input, corruption: Corruption): Promise<void> {
  const cwd = scratch.folder(before.files);
  const cacheDir = join(cwd, '.cache-under-test');
  const cached = (args: string[]) => runInProcess(args, cwd, { P06_CACHE_DIR: cacheDir });
  const uncached = (args: string[]) => runInProcess(['--no-cache', ...args], cwd, { P06_CACHE_DIR: join(cwd, '.never') });
  try {
    for (const args of commands(before.asOf)) {
      const cold = await cached(args);
      checkNoCrash(args, cold, [0, 1]);
      const warm = await cached(args);
      const none = await uncached(args);
      same('cold and uncached runs', args, cold, none);
      same('warm and uncached runs', args, warm, none);
    }

    // The data changes under a warm cache.
    rmSync(join(cwd, 'data'), { recursive: true, force: true });
    rmSync(join(cwd, 'p06.yaml'), { force: true });
    writeInto(cwd, after.files);
    for (const args of commands(after.asOf)) same('after a change: cached and uncached runs', args, await cached(args), await uncached(args));

    // A damaged cache is a cold cache.
    const entries = existsSync(cacheDir) ? readdirSync(cacheDir, { recursive: true }).map((e) => join(cacheDir, String(e))) : [];
    for (const path of entries.filter((e) => statSync(e).isFile())) {
      if (corruption === 'truncate') writeFileSync(path, '{"format":1,"key":"');
      else if (corruption === 'garbage') writeFileSync(path, Buffer.from([0xff, 0x00, 0x7b, 0x22]));
      else if (corruption === 'empty') writeFileSync(path, '');
      else writeFileSync(path, JSON.stringify({ format: 1, key: 'another', value: { problems: 'not a list' } }));
    }
    for (const args of commands(after.asOf)) same(`over a ${corruption} cache: cached and uncached runs`, args, await cached(args), await uncached(args));

    // A cache folder that cannot be a folder costs speed, never correctness.
    const blocked = join(cwd, '.cache-is-a-file');
    writeFileSync(blocked, 'not a folder');
    for (const args of commands(after.asOf).slice(0, 3)) {
      same('with an unusable cache folder: cached and uncached runs', args, await runInProcess(args, cwd, { P06_CACHE_DIR: blocked }), await uncached(args));
    }
  } finally {
    scratch.release(cwd);
  }
}

describe('the cache', () => {
  it(
    'is invisible: cold, warm, changed, corrupt and --no-cache runs print the same bytes',
    () =>
      checkProperty(
        'cache',
        fc.asyncProperty(input, input, fc.constantFrom<Corruption>('truncate', 'garbage', 'empty', 'json-of-another-key'), checkCache),
        12,
        0.5,
      ),
    PROPERTY_TIMEOUT,
  );
});
