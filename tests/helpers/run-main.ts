// First: cli-table3 must find the bundle's width function when main() loads it.
import './as-bundled.js';
import { main } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { testCacheDir, type CliResult, type RunCliOptions } from './run-cli.js';

/** The wall clock main() sees: fixed, so "today" never moves under a test. */
export const NOW = new Date('2026-06-01T03:00:00Z');

export interface RunMainOptions extends RunCliOptions {
  /** Pretend stdout is a terminal this wide. */
  terminal?: { columns: number };
  now?: Date;
}

/**
 * The CLI in this process: `main(argv, io)` with string buffers for stdout and
 * stderr, NO_COLOR=1, the run's cache folder and a fixed clock, and nothing
 * from the calling environment. What runCli gives for the same arguments (the
 * property test tests/property/process.test.ts holds the two together), at a
 * fraction of the cost of starting node.
 */
export async function runMain(args: readonly string[], options: RunMainOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const terminal = options.terminal;
  const io: IO = {
    stdout: { write: (s) => void (stdout += s), isTTY: terminal !== undefined, ...(terminal ? { columns: terminal.columns } : {}) },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    env: { NO_COLOR: '1', P06_CACHE_DIR: testCacheDir(), ...options.env },
    cwd: options.cwd,
    now: () => options.now ?? NOW,
  };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}
