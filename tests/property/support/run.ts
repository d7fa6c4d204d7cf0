// First: cli-table3 must find the bundle's width function when main() loads it.
import '../../helpers/as-bundled.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import type { IO } from '../../../src/cli/io.js';
import { spawn } from 'node:child_process';
import { BIN } from '../../helpers/run-cli.js';
import { NOW } from './generate.js';

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export type Files = Record<string, string | Buffer>;

/** A folder per generated input under one folder per test file; removed as soon as the input is checked. */
export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), 'p06-prop-'));
  private n = 0;

  /** Writes `files` into a new folder and returns its path. */
  folder(files: Files): string {
    const dir = join(this.root, String(this.n++));
    writeInto(dir, files);
    return dir;
  }

  /** Removes one input's folder once it has been checked. */
  release(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Writes `files` (paths `/`-separated, relative to `dir`), making folders as needed. */
export function writeInto(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/**
 * The real CLI in this process: `main(argv, io)` with string buffers, no
 * TTY, NO_COLOR and a fixed clock; much faster than spawning node.
 */
export async function runInProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}, terminal?: { columns: number }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: terminal === undefined ? { write: (s) => void (stdout += s), isTTY: false } : { write: (s) => void (stdout += s), isTTY: true, columns: terminal.columns },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    env: { NO_COLOR: '1', P06_CACHE_DIR: join(cwd, '.cache'), ...env },
    cwd,
    now: () => NOW,
  };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}

/**
 * The built binary in a child process (bin/p06.js → dist/p06.js), with
 * NO_COLOR, its own cache folder and nothing from the calling shell that
 * changes output. A campaign points P06_BIN at a private copy of bin/ and
 * dist/, so a build running beside it cannot pull the binary away mid-run.
 */
export function runSpawned(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  const childEnv: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: join(cwd, '.cache-spawned'), ...env };
  for (const name of ['FORCE_COLOR', 'P06_DEBUG', 'NODE_OPTIONS', 'XDG_CACHE_HOME']) delete childEnv[name];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [process.env.P06_BIN ?? BIN, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** What a failed check shows: the command and the start of its output. */
export function showRun(args: readonly string[], r: RunResult): string {
  const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}… (${s.length} chars)` : s);
  return `p06 ${args.join(' ')} → exit ${r.exitCode}\n--- stdout\n${cut(r.stdout)}\n--- stderr\n${cut(r.stderr)}`;
}
