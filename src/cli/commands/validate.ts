import { Option, type Command } from 'commander';
import { compareProblems } from '../../domain/problem.js';
import { renderValidate, type ProblemFormat } from '../../render/render-problems.js';
import { loadData, type Workspace } from '../../workspace/open-workspace.js';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { chooseFormat, globals, refuseSkipInvalid, workspaceFor, type CommandContext } from '../options.js';

const FORMATS = ['text', 'json', 'github'] as const;

export interface ValidateOptions {
  format: ProblemFormat;
  strict: boolean;
}

export function registerValidate(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('validate')
    .description('check every task file and print every problem as FILE:LINE:COL: SEVERITY: MESSAGE [rule]')
    .addOption(new Option('--format <format>', 'output format (default: text)').choices(FORMATS))
    .option('--strict', 'fail on warnings too')
    .action(async (_opts, cmd: Command) => {
      refuseSkipInvalid(cmd);
      const options = { format: chooseFormat(cmd, FORMATS, 'text'), strict: globals(cmd).strict === true };
      setExit(await runValidate(await workspaceFor(cmd, io), options, io));
    });
}

/** Exit 1 on any error (and on any warning with --strict); problems are this command's output. */
export async function runValidate(ws: Workspace, options: ValidateOptions, io: IO): Promise<number> {
  const validation = await loadData(ws, false);
  const problems = [...ws.configProblems, ...validation.problems].sort(compareProblems);
  const report = { files: validation.files.length, tasks: validation.files.reduce((n, f) => n + f.tasks, 0), problems };
  const out = renderValidate(report, options.format);
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  const failing = problems.some((p) => p.severity === 'error' || options.strict);
  return failing ? EXIT.invalid : EXIT.ok;
}
