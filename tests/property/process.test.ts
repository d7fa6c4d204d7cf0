import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkNoCrash, checkSafe, CheckError } from './support/checks.js';
import { showRun as show, runInProcess, runSpawned, Scratch, type RunResult } from './support/run.js';
import { anyFolder, type FolderInput } from './support/inputs.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// The built binary in a real process, on fewer inputs (each costs node
// start-ups): it exits 0, 1 or 2 and is never killed by a signal, prints no
// stack trace, lets nothing unsafe through a real pipe, and prints exactly
// what the in-process runs of the other properties print.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

type Input = FolderInput;
const input = anyFolder;

const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

async function checkProcess(i: Input, report: 'overdue' | 'at-risk' | 'summary' | 'list', format: (typeof FORMATS)[number]): Promise<void> {
  const cwd = scratch.folder(i.files);
  try {
    for (const args of [
      ['--as-of', i.asOf, 'validate'],
      ['--as-of', i.asOf, '--skip-invalid', report, '--format', format],
      ['--as-of', i.asOf, report, '--format', format],
    ]) {
      const spawned = await runSpawned(args, cwd);
      checkNoCrash(args, spawned, [0, 1]);
      checkSafe(args, spawned, args.includes('json') ? 'json' : args.includes('csv') ? 'csv' : 'text');
      const inProcess = await runInProcess(args, cwd);
      // The one thing that may differ: the binary's today is the real one, main()'s a fixed day.
      const today = (r: RunResult) => ({ ...r, stderr: r.stderr.replace(/is after \d{4}-\d{2}-\d{2} \(today\)/g, 'is after TODAY (today)') });
      const [a, b] = [today(spawned), today(inProcess)];
      if (a.exitCode !== b.exitCode || a.stdout !== b.stdout || a.stderr !== b.stderr) {
        throw new CheckError(`the binary and main() disagree\n=== spawned\n${show(args, spawned)}\n=== in process\n${show(args, inProcess)}`);
      }
    }
  } finally {
    scratch.release(cwd);
  }
}

describe('the built binary', () => {
  it(
    'exits 0, 1 or 2 without a signal or a stack trace, and prints what main() prints',
    () =>
      checkProperty(
        'process',
        fc.asyncProperty(input, fc.constantFrom('overdue', 'at-risk', 'summary', 'list' as const), fc.constantFrom(...FORMATS), checkProcess),
        5,
        0.05,
      ),
    PROPERTY_TIMEOUT,
  );
});
