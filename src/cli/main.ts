import { CommanderError } from 'commander';
import { oneLine } from '../render/sanitize.js';
import type { Words } from '../i18n/en.js';
import { wordsFor, type Lang } from '../i18n/langs.js';
import { EXIT, SilentError, UsageError, UserError, exitCodeFor } from './errors.js';
import type { IO } from './io.js';
import { langOfArgv } from './lang-of-argv.js';
import { buildProgram } from './program.js';

export { nodeIO } from './io.js';

/** The whole CLI as a function of argv and IO; returns the exit code (bin/ sets it). */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = await buildProgram({ io, setExit: (code) => (exitCode = code) }, argv);
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    exitCode = reportError(error, io, await wordsFor(io.lang ?? langOfArgv(argv)));
  }
  return outputWritten(io, exitCode, io.lang ?? langOfArgv(argv));
}

/**
 * A report cut short by a full disk must not end in success: once every
 * write has settled, a failed one is said in a line and the run exits 1 (the
 * environment, not a bug). A reader that went away (`p06 list | head`) is
 * no failure: it asked for no more.
 */
async function outputWritten(io: IO, exitCode: number, lang: Lang): Promise<number> {
  const failure = await io.stdout.settled?.();
  if (failure === undefined || failure.code === 'EPIPE') return exitCode;
  const where = io.stdout.target?.();
  const words = await wordsFor(lang);
  io.stderr.write(`${words.write.outputFailed(where === undefined ? undefined : oneLine(where), words.write.reason(failure.code))}\n`);
  return exitCode === EXIT.ok ? EXIT.invalid : exitCode;
}

/** Every error a run can end in becomes one message and an exit code, here and nowhere else. */
function reportError(error: unknown, io: IO, words: Words): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are successes.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  const code = exitCodeFor(error);
  if (code === EXIT.internal) {
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`${words.errors.internal(oneLine(e.message))}\n`);
    io.stderr.write(io.env.P06_DEBUG === '1' ? `${e.stack ?? ''}\n` : `${words.errors.reportIt()}\n`);
  } else if (error instanceof Error && !(error instanceof SilentError)) {
    // The message may quote the command line (a task id, a flag's value): never echo a control character raw.
    const wording = error instanceof UserError || error instanceof UsageError ? error.wording : undefined;
    io.stderr.write(`p06: ${oneLine(wording ? (wording as (w: Words) => string)(words) : error.message)}\n`);
    if (code === EXIT.usage) io.stderr.write(`${words.notes.usageHint}\n`);
  }
  return code;
}
