import { Option, type Command } from 'commander';
import { compareProblems } from '../../domain/problem.js';
import { renderValidate, type ProblemFormat } from '../../render/render-problems.js';
import { loadData, type Workspace } from '../../workspace/open-workspace.js';
import { wordsFor } from '../../i18n/langs.js';
import { displayPath } from '../../load/read-sources.js';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { chooseFormat, globals, refuseSkipInvalid, workspaceFor, type CommandContext } from '../options.js';

const FORMATS = ['text', 'json', 'github'] as const;

export interface ValidateOptions {
  format: ProblemFormat;
  strict: boolean;
  /** Each problem's source line with a caret under it. */
  source: boolean;
}

export function registerValidate(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('validate')
    .description('check every task file and print every problem as FILE:LINE:COL: SEVERITY: MESSAGE [rule]')
    .addOption(new Option('--format <format>', 'output format (default: text)').choices(FORMATS))
    .option('--strict', 'fail on warnings too')
    .option('--source', 'show each problem under its source line (default on a terminal)')
    .option('--no-source', 'one line per problem, as when piped')
    .action(async (_opts, cmd: Command) => {
      refuseSkipInvalid(cmd);
      const o = globals(cmd);
      // Like the report tables: the excerpts are for a person at a terminal; piped, one stable line per problem.
      const options = { format: chooseFormat(cmd, FORMATS, 'text'), strict: o.strict === true, source: typeof o.source === 'boolean' ? o.source : io.stdout.isTTY };
      setExit(await runValidate(await workspaceFor(cmd, io), options, io));
    });
}

/** Exit 1 on any error (and on any warning with --strict); problems are this command's output. */
export async function runValidate(ws: Workspace, options: ValidateOptions, io: IO): Promise<number> {
  const validation = await loadData(ws, false);
  const problems = [...ws.configProblems, ...validation.problems].sort(compareProblems);
  // Which p06.yaml is in use is part of the answer: one found in a parent folder decides the data folder and the rules (#16).
  const config = ws.configFile === undefined ? null : configShown(ws.cwd, ws.configFile);
  const report = { files: validation.files.length, tasks: validation.files.reduce((n, f) => n + f.tasks, 0), problems, config };
  const out = renderValidate(report, options.format, { source: options.source, words: await wordsFor(ws.lang) });
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  const failing = problems.some((p) => p.severity === 'error' || options.strict);
  return failing ? EXIT.invalid : EXIT.ok;
}

/** The configuration file relative to the working folder when it is inside it or in a folder above it, else its absolute path. */
export function configShown(cwd: string, configFile: string): string {
  const rel = displayPath(cwd, configFile);
  return !rel.startsWith('../') || /^(\.\.\/)+[^/]+$/.test(rel) ? rel : configFile;
}
