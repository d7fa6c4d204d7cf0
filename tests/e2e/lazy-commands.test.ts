import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// The editing commands are registered only when the command line may name
// one (src/cli/program.ts): help, an unknown word and the commands
// themselves, wherever the global options put them, must still find them.
const cwd = join(ROOT, 'tests', 'fixtures', 'validate-mixed');
const EDIT = ['add', 'set', 'done', 'extend', 'cancel', 'fmt', 'init'];

describe.concurrent('editing commands registered on demand', () => {
  it('--help lists every command, the editing ones included', async () => {
    const r = await runMain(['--help'], { cwd });
    expect(r.exitCode).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(['validate', 'overdue', 'review', ...EDIT, 'help']));
  });

  it('an unknown word is told the editing command it resembles', async () => {
    const r = await runMain(['sett'], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("unknown command 'sett'");
    expect(r.stderr).toContain('(Did you mean set?)');
  });

  it.each([
    [['set', '--help']],
    [['--lang', 'en', 'set', '--help']],
    [['--data=overdue', 'set', '--help']],
    [['--data', 'overdue', 'set', '--help']],
  ])('%j finds set', async (args) => {
    const r = await runMain(args, { cwd });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: p06 set');
  });

  it('a report\'s own help still prints', async () => {
    const r = await runMain(['overdue', '--help'], { cwd });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: p06 overdue');
  });
});
