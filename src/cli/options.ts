import type { Command } from 'commander';
import { parseDay, type Day } from '../domain/calendar.js';
import { UsageError } from '../domain/errors.js';
import { LANGS, wordsFor, type Lang } from '../i18n/langs.js';
import { sayUsageError } from '../i18n/errors.js';
import { openWorkspace, type Workspace } from '../workspace/open-workspace.js';
import type { IO } from './io.js';
import { progressLine } from './progress.js';

/** The program's own options, as commander gives them to every command. */
export interface GlobalFlags {
  data?: string;
  config?: string;
  asOf?: string;
  json?: boolean;
  color?: boolean;
  skipInvalid?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
  format?: string;
  lang?: string;
}

/** What every command module receives from the program. */
export interface CommandContext {
  io: IO;
  setExit(code: number): void;
}

export const globals = (cmd: Command) => cmd.optsWithGlobals() as GlobalFlags & Record<string, unknown>;

/** --format, or --json; the two disagreeing is a usage error, as is a format the command does not print. */
export function chooseFormat<T extends string>(cmd: Command, choices: readonly T[], fallback: T): T {
  const o = globals(cmd);
  if (o.json && o.format !== undefined && o.format !== 'json') throw sayUsageError((w) => w.errors.formatsDisagree(String(o.format)));
  const chosen = (o.json ? 'json' : o.format) ?? fallback;
  if (!choices.includes(chosen as T)) throw sayUsageError((w) => w.errors.formatNotOne(String(chosen), choices.join(', ')));
  return chosen as T;
}

/** A date given on the command line; anything but a real YYYY-MM-DD day is a usage error. */
export function parseDateFlag(flag: string, text: string): Day {
  const day = parseDay(text);
  if (day === undefined) throw sayUsageError((w) => w.errors.notDate(flag, text));
  return day;
}

/** Repeatable options collect into a list. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The workspace of a command's run, from the global flags and the IO's world; on a terminal, a cold load shows its progress on stderr. */
export async function workspaceFor(cmd: Command, io: IO): Promise<Workspace> {
  const o = globals(cmd);
  const ws = await openWorkspace({
    cwd: io.cwd,
    env: io.env,
    now: io.now(),
    ...(io.todayIn === undefined ? {} : { todayIn: io.todayIn }),
    cache: o.cache !== false,
    ...(o.data === undefined ? {} : { data: o.data }),
    ...(o.config === undefined ? {} : { config: o.config }),
    ...(o.asOf === undefined ? {} : { asOf: parseDateFlag('--as-of', o.asOf) }),
    ...(o.lang === undefined ? {} : { lang: parseLang(o.lang) }),
  });
  io.lang = ws.lang;
  if (io.stderr.isTTY) {
    const words = await wordsFor(ws.lang);
    ws.progress = progressLine(io.stderr, () => io.now(), words.notes.reading);
  }
  return ws;
}

/** --skip-invalid is accepted before any command (for scripts) but means something only to reports. */
export function refuseSkipInvalid(cmd: Command): void {
  if (globals(cmd).skipInvalid === true) throw sayUsageError((w) => w.errors.skipInvalidForReports(cmd.name()));
}

function parseLang(text: string): Lang {
  if (!(LANGS as readonly string[]).includes(text)) throw new UsageError(`--lang ${JSON.stringify(text)} is not one of ${LANGS.join(', ')}`);
  return text as Lang;
}
