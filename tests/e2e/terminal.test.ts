import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, fixture } from '../helpers/run-cli.js';

/**
 * Runs p06 inside a real pseudo-terminal (util-linux `script`) of the given
 * width, as a person at a terminal would: stdout is a TTY, so p06 draws a
 * table and decides colour for a terminal. Returns what the terminal got,
 * with the terminal's CR LF line ends turned back into LF.
 */
function inTerminal(args: string[], options: { columns: number; env?: Record<string, string>; cwd?: string }): Promise<{ exitCode: number | null; output: string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = `stty cols ${options.columns}; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color' };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'P06_DEBUG', 'NODE_OPTIONS', 'COLUMNS']) delete env[name];
  Object.assign(env, options.env);
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? fixture('reports-basic'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ exitCode, output: Buffer.concat(out).toString('utf8').replace(/\r\n/g, '\n') }));
  });
}

const AS_OF = ['--as-of', '2024-02-01'];
const ESC = '\x1b';

describe.concurrent('colour in a real terminal', () => {
  // environment → ANSI escapes in `p06 overdue` on a terminal?
  it.each([
    [{}, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ TERM: 'dumb' }, false],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb', FORCE_COLOR: '1' }, true],
  ] as [Record<string, string>, boolean][])('%j: coloured %s', async (env, coloured) => {
    const r = await inTerminal(['overdue', ...AS_OF, '--no-cache'], { columns: 120, env });
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('MOJ-10');
    expect(r.output.includes(ESC)).toBe(coloured);
  });
});
