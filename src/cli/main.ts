import { Command, CommanderError, Option } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../render/render-report.js';
import { oneLine, safeMultiline } from '../render/sanitize.js';
import { parseFilter, runReport, type ReportFlags, type ReportName } from './commands/report.js';
import { registerReview } from './commands/review.js';
import { runValidate } from './commands/validate.js';
import { decideColor } from './color.js';
import { EXIT, SilentError, UsageError, exitCodeFor } from './errors.js';
import type { IO } from './io.js';
import { VERSION } from './version.js';
import { openWorkspace, type GlobalOptions } from './workspace.js';

export { nodeIO } from './io.js';

const USAGE_HINT = 'run "p06 --help" for usage\n';

/** The whole CLI as a function of argv and IO; returns the exit code (bin/ sets it). */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are successes.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  const code = exitCodeFor(error);
  if (code === EXIT.internal) {
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`p06: internal error: ${oneLine(e.message)}\n`);
    io.stderr.write(io.env.P06_DEBUG === '1' ? `${e.stack ?? ''}\n` : 'set P06_DEBUG=1 to see the stack trace, and please report it\n');
  } else if (error instanceof Error && !(error instanceof SilentError)) {
    // The message may quote the command line (a task id, a flag's value): never echo a control character raw.
    io.stderr.write(`p06: ${oneLine(error.message)}\n`);
    if (code === EXIT.usage) io.stderr.write(USAGE_HINT);
  }
  return code;
}

function buildProgram(io: IO, setExit: (code: number) => void): Command {
  const program = new Command('p06')
    .description("Task tracker for Vietnam's Project 06: validate the ministries' YAML task files and report what is overdue and at risk")
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'data directory (default: "data:" in p06.yaml, else ./data)')
    .option('--config <file>', 'configuration file (default: p06.yaml here or in a parent folder)')
    .option('--as-of <date>', 'compute for this date, YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'short for --format json')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .option('--skip-invalid', 'report on the valid files, naming the files left out')
    .option('--no-cache', 'neither read nor write the cache of validated data')
    .showHelpAfterError(USAGE_HINT.trimEnd())
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(safeMultiline(s)),
    })
    .exitOverride();

  const globals = (cmd: Command) => cmd.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
  const format = <T extends string>(cmd: Command, choices: readonly T[], fallback: T): T => {
    const o = globals(cmd);
    if (o.json && o.format !== undefined && o.format !== 'json') throw new UsageError(`--json and --format ${String(o.format)} ask for different formats; give one`);
    const chosen = (o.json ? 'json' : (o.format as string | undefined)) ?? fallback;
    if (!choices.includes(chosen as T)) throw new UsageError(`--format ${chosen} is not one of ${choices.join(', ')}`);
    return chosen as T;
  };

  program
    .command('validate')
    .description('check every task file and print every problem as FILE:LINE:COL: SEVERITY: MESSAGE [rule]')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']))
    .option('--strict', 'fail on warnings too')
    .action(async (_opts, cmd: Command) => {
      const ws = await openWorkspace(globals(cmd), io);
      setExit(await runValidate(ws, { format: format(cmd, ['text', 'json', 'github'] as const, 'text'), strict: globals(cmd).strict === true }, io));
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const report = (name: ReportName, description: string, extra: (cmd: Command) => Command, formats: readonly ReportFormat[] = REPORT_FORMATS) => {
    const cmd = program.command(name === 'show' ? 'show <id>' : name).description(description);
    const formatHelp = formats.includes('markdown') ? 'output format (default: table on a terminal, markdown when piped)' : 'output format (default: table)';
    cmd.addOption(new Option('--format <format>', formatHelp).choices(formats));
    extra(cmd).action(async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const o = globals(command);
      const ws = await openWorkspace(o, io);
      const { filter, within } = parseFilter(o as ReportFlags);
      const request = {
        name,
        filter,
        // Like gh: a drawn table on a terminal, stable plain text (a Markdown table, ready for the minutes) when piped.
        format: format(command, formats, io.stdout.isTTY || !formats.includes('markdown') ? 'table' : 'markdown'),
        skipInvalid: o.skipInvalid === true,
        render: { color: decideColor(o.color, io.env, io.stdout.isTTY), ...(io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}) },
        ...(within === undefined ? {} : { within }),
        ...(name === 'show' ? { id: String(args[0]) } : {}),
      };
      setExit(await runReport(ws, request, io));
    });
  };
  const filters = (cmd: Command) =>
    cmd.option('--ministry <code>', 'only this ministry (repeatable, or comma-separated)', collect).option('--owner <text>', 'only owners containing this text (any case)');
  report('overdue', 'open tasks past their due date, most days overdue first', filters);
  report('at-risk', 'open tasks due soon or held up by a dependency, soonest first', (cmd) => filters(cmd).option('--within <days>', 'the at-risk window (default: at_risk_days in p06.yaml, else 14)'));
  report('summary', 'a row per ministry and a total: statuses, overdue, at risk, percent done', (cmd) => cmd);
  report('list', 'look tasks up', (cmd) =>
    filters(cmd)
      .option('--status <statuses>', 'only these statuses, comma-separated')
      .option('--blocked', 'only open tasks waiting on an unfinished dependency')
      .option('--due-before <date>', 'only tasks due before this date')
      .option('--due-after <date>', 'only tasks due after this date'),
  );
  report('show', 'one task with everything it depends on and everything that depends on it', (cmd) => cmd, ['table', 'json']);
  registerReview(program, io, setExit, { globals, format });

  // Subcommands inherit exitOverride, configureOutput and showHelpAfterError from the program.
  return program;
}
