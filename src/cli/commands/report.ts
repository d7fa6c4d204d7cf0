import { Option, type Command } from 'commander';
import { STATUSES, type Status } from '../../domain/status.js';
import { closest } from '../../domain/suggest.js';
import { foldText } from '../../domain/fold-text.js';
import type { Words } from '../../i18n/en.js';
import { userError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
import type { Dataset } from '../../model/dataset.js';
import type { FileSummary } from '../../domain/records.js';
import { describeFilter, filterJson } from '../../reports/describe-filter.js';
import type { TaskFilter } from '../../reports/filter-tasks.js';
import { cell } from '../../reports/report-view.js';
import { unmatchedFilter } from '../../reports/unmatched-filter.js';
import type { ReportDefinition, ReportFlag, ReportRequest } from '../../reports/report-definition.js';
import { SUMMARY_SORTS } from '../../reports/summary.js';
import { REPORTS } from '../../reports/registry.js';
import { FORMATS, type RenderOptions } from '../../render/formats.js';
import { problemLines } from '../../render/render-problems.js';
import { oneLine } from '../../render/sanitize.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import { reportDataset } from '../../workspace/report-dataset.js';
import { decideColor } from '../color.js';
import { terminalWidth } from '../terminal-width.js';
import { SilentError } from '../errors.js';
import { sayUsageError } from '../../i18n/errors.js';
import type { IO } from '../io.js';
import { chooseFormat, collect, globals, parseDateFlag, workspaceFor, type CommandContext } from '../options.js';
import { refuseBinaryOnTerminal, writeOutput } from '../output-file.js';

/** Flags as commander gives them, turned into typed options by `parseFilter`. */
export interface ReportFlags {
  ministry?: string[];
  owner?: string;
  leader?: string;
  text?: string;
  ref?: string;
  status?: string;
  blocked?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  within?: string;
  output?: string;
  sort?: string;
}

/** Each option group a report may take, as commander options. */
export const FLAG_OPTIONS: Record<ReportFlag, (cmd: Command) => Command> = {
  filters: (cmd) =>
    cmd
      .option('--ministry <code>', 'only this ministry, by code or Vietnamese abbreviation (repeatable, or comma-separated)', collect)
      .option('--owner <text>', 'only owners containing this text (ignoring case and Vietnamese tone marks)')
      .option('--leader <text>', 'only tasks whose named leader contains this text')
      .option('--text <text>', 'only tasks whose title, result, obstacle or notes contain this text')
      .option('--ref <text>', 'only tasks citing an official document that contains this text (e.g. 59/2022)'),
  within: (cmd) => cmd.option('--within <days>', 'the at-risk window (default: at_risk_days in p06.yaml, else 14)'),
  'list-filters': (cmd) =>
    cmd
      .option('--status <statuses>', 'only these statuses, comma-separated')
      .option('--blocked', 'only open tasks waiting on an unfinished dependency')
      .option('--due-before <date>', 'only tasks due before this date')
      .option('--due-after <date>', 'only tasks due after this date'),
  id: (cmd) => cmd,
  sort: (cmd) => cmd.addOption(new Option('--sort <order>', 'row order: code, worst (most overdue, then lowest % done) or name').choices(SUMMARY_SORTS).default('code')),
};

/** Registers every report of the registry as a command. */
export function registerReports(program: Command, context: CommandContext): void {
  for (const definition of REPORTS) registerReport(program, definition, context);
}

function registerReport(program: Command, definition: ReportDefinition, { io, setExit }: CommandContext): void {
  const cmd = program.command(definition.flags.includes('id') ? `${definition.name} <id>` : definition.name).description(definition.description);
  const formats = definition.formats;
  const piped = formats.includes('markdown') ? 'markdown' : 'table';
  cmd.addOption(new Option('--format <format>', `output format (default: table on a terminal, ${piped} when piped)`).choices(formats));
  cmd.option('--skip-invalid', 'report on the valid files, naming the files left out');
  cmd.option('--output <file>', 'write the report to this file instead of stdout (needed for xlsx on a terminal)');
  for (const flag of definition.flags) FLAG_OPTIONS[flag](cmd);
  cmd.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const o = globals(command) as ReportFlags & ReturnType<typeof globals>;
    const { filter, within } = parseFilter(o);
    const request: ReportRequest = { filter, ...(definition.flags.includes('id') ? { id: String(args[0]) } : {}), ...(o.sort === undefined ? {} : { sort: o.sort }) };
    // Like gh: a drawn table for a person at a terminal; stable plain text when piped or written to a file (for us a Markdown table, ready for the minutes).
    const toTerminal = io.stdout.isTTY && o.output === undefined;
    const format = chooseFormat(command, formats, toTerminal ? 'table' : piped);
    refuseBinaryOnTerminal(format, FORMATS[format]!.binary === true, o.output, io);
    const width = o.output === undefined ? terminalWidth(io) : undefined;
    const render: RenderOptions = { color: decideColor(o.color, io.env, toTerminal), ...(width === undefined ? {} : { width }) };
    const ws = await workspaceFor(command, io);
    setExit(await runReport(ws, { definition, request, format, render, skipInvalid: o.skipInvalid === true, ...(within === undefined ? {} : { within }), ...(o.output === undefined ? {} : { output: o.output }) }, io));
  });
}

export interface RunReportOptions {
  definition: ReportDefinition;
  request: ReportRequest;
  format: string;
  render: RenderOptions;
  skipInvalid: boolean;
  within?: number;
  /** --output: a file instead of stdout. */
  output?: string;
}

export function parseFilter(flags: ReportFlags): { filter: TaskFilter; within?: number } {
  const filter: TaskFilter = {};
  if (flags.ministry !== undefined) filter.ministries = flags.ministry.flatMap((m) => m.split(',')).map((m) => m.trim().toUpperCase()).filter(Boolean);
  if (flags.owner !== undefined) filter.owner = flags.owner;
  if (flags.leader !== undefined) filter.leader = flags.leader;
  if (flags.text !== undefined) filter.text = flags.text;
  if (flags.ref !== undefined) filter.ref = flags.ref;
  if (flags.status !== undefined) {
    const statuses = flags.status.split(',').map((s) => s.trim()).filter(Boolean);
    for (const s of statuses) {
      if (!(STATUSES as readonly string[]).includes(s)) {
        const computed = ['overdue', 'at-risk', 'at_risk', 'blocked'].includes(s) ? (s === 'blocked' ? 'list --blocked' : s.replace('_', '-')) : undefined;
        throw sayUsageError((w) => w.errors.statusNotOne(s, STATUSES.join(', '), computed));
      }
    }
    filter.statuses = statuses as Status[];
  }
  if (flags.blocked === true) filter.blocked = true;
  if (flags.dueBefore !== undefined) filter.dueBefore = parseDateFlag('--due-before', flags.dueBefore);
  if (flags.dueAfter !== undefined) filter.dueAfter = parseDateFlag('--due-after', flags.dueAfter);
  if (flags.within === undefined) return { filter };
  const within = flags.within;
  if (!/^\d{1,4}$/.test(within)) throw sayUsageError((w) => w.errors.withinNotDays(within));
  return { filter, within: Number(within) };
}

/** Loads the data, computes one report and prints it: the whole of every report command. */
export async function runReport(ws: Workspace, options: RunReportOptions, io: IO): Promise<number> {
  const words = await wordsFor(ws.lang);
  const result = await datasetOrRefuse(ws, { skipInvalid: options.skipInvalid, within: options.within ?? ws.settings.atRiskDays }, words, io);
  const ds = result.dataset;
  const filter = checkedFilter(ds, options.request.filter);
  const { definition } = options;
  const report = definition.compute(ds, { ...options.request, filter, lang: ws.lang });
  const filtered = filterJson(filter);
  const leftOut = result.leftOut;
  // The filter and the files left out are said in the report itself (SPEC §15), not only on stderr: stderr is not what gets pasted into the minutes.
  const notes = [describeFilter(filter, words), ...leftOut.map((f) => words.report.leftOut(f.file, f.uncounted ? undefined : f.tasks, f.errors))].filter((n): n is string => n !== undefined);
  const sections = () => {
    const all = definition.sections(report, words);
    if (all.length > 0 && notes.length > 0) {
      const first = all[0]!;
      const trailer = leftOut.map((f) => [cell(words.report.leftOut(f.file, f.uncounted ? undefined : f.tasks, f.errors)), ...first.columns.slice(1).map(() => cell(''))]);
      all[0] = { ...first, notes: [...notes, ...(first.notes ?? [])], ...(trailer.length > 0 ? { trailer: [...(first.trailer ?? []), ...trailer] } : {}) };
    }
    return all;
  };
  const json = () => ({
    ...(filtered === undefined ? {} : { filter: filtered }),
    ...definition.json(report),
    ...(leftOut.length === 0 ? {} : { left_out: leftOut.map((f) => ({ file: f.file, tasks: f.uncounted ? null : f.tasks, errors: f.errors })) }),
  });
  const doc = { kind: report.kind, asOf: report.asOf, sections, json };
  const out = await FORMATS[options.format]!.render(doc, { ...options.render, words });
  await writeOutput(out, options.output, io);
  return 0;
}

/** Problems and left-out files go to stderr; a report refused for invalid data exits 1. */
export async function datasetOrRefuse(ws: Workspace, options: { skipInvalid: boolean; within: number }, w: Words, io: IO): Promise<{ dataset: Dataset; leftOut: FileSummary[] }> {
  const result = await reportDataset(ws, options);
  if (!result.ok) {
    io.stderr.write(problemLines(result.problems, w));
    io.stderr.write(`p06: ${w.notes.dataErrors(result.problems.length, !result.configInvalid)}\n`);
    throw new SilentError(1);
  }
  for (const f of result.leftOut) io.stderr.write(`p06: ${w.notes.leftOut(oneLine(f.file), f.uncounted ? undefined : f.tasks, f.errors)}\n`);
  if (result.warnings > 0) io.stderr.write(`p06: ${w.notes.warnings(result.warnings)}\n`);
  return { dataset: result.dataset, leftOut: result.leftOut };
}

/** The filter as the data understands it: ministry codes resolved (BTP, a name), and a text filter that matches nothing refused. */
export function checkedFilter(ds: Dataset, filter: TaskFilter): TaskFilter {
  const resolved = resolveMinistries(ds, filter);
  checkTextFilters(ds, resolved);
  return resolved;
}

/** A mistyped --owner (or --leader, --text, --ref) would read as "nothing overdue" too: refuse it, with the nearest text there is. */
function checkTextFilters(ds: Dataset, filter: TaskFilter): void {
  const codes = filter.ministries ?? [];
  const pool = codes.length === 0 ? ds.tasks : ds.tasks.filter((t) => codes.includes(t.ministry));
  const miss = unmatchedFilter(pool, filter);
  if (miss !== undefined) throw userError('noMatch', miss.option, miss.value, miss.near);
}

/**
 * `--ministry` takes a code or the Vietnamese abbreviation (BTP for MOJ,
 * typed with or without its marks: BLĐTBXH or BLDTBXH). A mistyped one would
 * give an empty report that reads as "nothing overdue": refuse it, naming the nearest.
 */
function resolveMinistries(ds: Dataset, filter: TaskFilter): TaskFilter {
  if (filter.ministries === undefined) return filter;
  const byName = new Map<string, string>();
  for (const m of ds.ministries) {
    byName.set(foldText(m.code), m.code);
    if (m.abbrVi !== undefined) byName.set(foldText(m.abbrVi), m.code);
  }
  const ministries = filter.ministries.map((written) => {
    const code = byName.get(foldText(written));
    if (code === undefined) throw userError('noMinistry', written, closest(written, [...ds.ministries.map((m) => m.code), ...ds.ministries.flatMap((m) => m.abbrVi ?? [])]));
    return code;
  });
  return { ...filter, ministries };
}
