import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The built binary (run `node scripts/build.mjs` first: bin/ only imports dist/). */
export const BIN = resolve(ROOT, 'bin/p06.js');

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  /**
   * Working directory, always given: a test names the fixture it runs on, so
   * none reads the repository's own data/ by accident.
   */
  cwd: string;
  env?: Record<string, string>;
}

let cacheDir: string | undefined;

/**
 * The run's cache folder (made by tests/helpers/global-setup.ts), or one of
 * this process's own when a test file is run some other way: the user's cache
 * is left alone, and an entry written by an older build (same version,
 * different code) cannot answer for the build under test.
 */
export function testCacheDir(): string {
  if (process.env.P06_TEST_CACHE_DIR) return process.env.P06_TEST_CACHE_DIR;
  if (cacheDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'p06-cache-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    cacheDir = dir;
  }
  return cacheDir;
}

/**
 * Spawns `node bin/p06.js ...args` with NO_COLOR=1 and no stdin, and collects
 * its exit code and output. Colour switches and P06_DEBUG from the calling
 * environment are dropped so a developer's shell cannot change the result.
 * Each call costs a node start-up: use it for what only a process shows (the
 * bundle, real exit codes and streams, the environment); runMain for the rest.
 */
export function runCli(args: string[], options: RunCliOptions): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['FORCE_COLOR', 'P06_DEBUG', 'NODE_OPTIONS', 'XDG_CACHE_HOME', 'COLUMNS']) delete env[name];
  Object.assign(env, { NO_COLOR: '1', P06_CACHE_DIR: testCacheDir() }, options.env);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode) =>
      done({ exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/** Absolute path of tests/fixtures/<name>. */
export function fixture(name: string): string {
  return resolve(ROOT, 'tests/fixtures', name);
}
