import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDay } from '../../domain/calendar.js';
import { BRIEF_FORMATS, renderBrief, type BriefFormat } from '../../render/render-history.js';
import { briefReport } from '../../reports/brief.js';
import { meetingWordsFor } from '../../i18n/meeting-words.js';
import { sayUsageError, sayUserError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
import { oneLine } from '../../render/sanitize.js';
import type { IO } from '../io.js';
import { changesBetween, trendOver, trendReads, withHistoryData } from '../history-data.js';
import { findChrome, printPdf } from '../print-pdf.js';
import { cachedChart } from '../cached-chart.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import { chooseFormat, globals, parseDateFlag, workspaceFor, type CommandContext } from '../options.js';

export interface BriefOptions {
  /** A revision or date; default: the last tag named meeting-*, else 30 days before as_of. */
  since?: string;
  format: BriefFormat;
  output?: string;
}

const MEETING_TAG = 'meeting-';
const FALLBACK_DAYS = 30;

export function registerBrief(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('brief')
    .description('the meeting pack: headline, changes since the last meeting, decisions needed, overdue and at risk, every ministry worst first, the trend')
    .option('--since <rev|date>', `the last meeting: a revision or a date YYYY-MM-DD (default: the last tag named ${MEETING_TAG}*, else ${FALLBACK_DAYS} days ago)`)
    .addOption(new Option('--format <format>', 'output format').choices(BRIEF_FORMATS).default('html'))
    .option('--output <file>', 'write to this file instead of stdout (required for pdf)')
    .action(async (_opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const options: BriefOptions = { format: chooseFormat(cmd, BRIEF_FORMATS, 'html') };
      if (typeof o.since === 'string') options.since = o.since;
      if (typeof o.output === 'string') options.output = o.output;
      setExit(await runBrief(ws, options, io));
    });
}

export async function runBrief(ws: Workspace, options: BriefOptions, io: IO): Promise<number> {
  if (options.format === 'pdf' && options.output === undefined) throw sayUsageError((w) => w.write.pdfNeedsOutput);
  // Before any work: without a browser there will be no PDF.
  if (options.format === 'pdf' && findChrome(io.env) === undefined) throw sayUserError((w) => w.write.noChrome);
  const report = await withHistoryData(ws, async (hd) => {
    const since = options.since ?? hd.lastTag(MEETING_TAG) ?? formatDay(ws.asOf - FALLBACK_DAYS);
    // The trend's commits are read in the same batch as the changes' ones.
    const changes = await changesBetween(ws, hd, since, undefined, trendReads(ws, hd, undefined, 'month'));
    const trend = await trendOver(ws, hd, undefined, 'month');
    const ds = hd.dataset(await hd.workingTree(), ws.asOf);
    return briefReport(ds, changes, trend, { escalateAfterDays: ws.settings.escalateAfterDays });
  }, [options.since]);
  const w = await meetingWordsFor(ws.lang);
  const words = await wordsFor(ws.lang);
  if (options.format === 'pdf') {
    const pdf = printPdf(await renderBrief(report, 'html', w, cachedChart(ws)), io.env, process.getuid?.() === 0);
    write(resolve(ws.cwd, options.output!), pdf);
    io.stderr.write(`${words.write.wrote(oneLine(options.output!))}\n`);
    return 0;
  }
  const text = await renderBrief(report, options.format, w, cachedChart(ws));
  if (options.output === undefined) io.stdout.write(text);
  else {
    write(resolve(ws.cwd, options.output), text);
    io.stderr.write(`${words.write.wrote(oneLine(options.output))}\n`);
  }
  return 0;
}

function write(path: string, content: string | Uint8Array): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw sayUserError((w) => w.write.cannotWrite(path, code === undefined ? String(error) : w.write.reason(code)));
  }
}
