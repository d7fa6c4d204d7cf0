import { Option, type Command } from 'commander';
import { HISTORY_FORMATS, renderTrend, type HistoryFormat } from '../../render/render-history.js';
import type { RenderOptions } from '../../render/formats.js';
import { TREND_EVERY, type TrendEvery } from '../../reports/trend.js';
import type { Day } from '../../domain/calendar.js';
import type { IO } from '../io.js';
import { meetingWordsFor } from '../../i18n/meeting-words.js';
import { trendOver, withHistoryData } from '../history-data.js';
import { cachedChart } from '../cached-chart.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import { renderOptions } from './changes.js';
import { chooseFormat, globals, parseDateFlag, workspaceFor, type CommandContext } from '../options.js';

export interface TrendOptions {
  since?: Day;
  every: TrendEvery;
  format: HistoryFormat;
  render: RenderOptions;
}

export function registerTrend(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('trend')
    .description('the programme at the end of each week, month or quarter, from git history: per ministry and in total')
    .option('--since <date>', 'the first sample on or after this day, YYYY-MM-DD (default: the first commit)')
    .addOption(new Option('--every <period>', 'sample period').choices(TREND_EVERY).default('month'))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, markdown when piped)').choices(HISTORY_FORMATS))
    .action(async (_opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const options: TrendOptions = { every: o.every as TrendEvery, format: chooseFormat(cmd, HISTORY_FORMATS, io.stdout.isTTY ? 'table' : 'markdown'), render: renderOptions(o.color as boolean | undefined, io) };
      if (typeof o.since === 'string') options.since = parseDateFlag('--since', o.since);
      setExit(await runTrend(ws, options, io));
    });
}

export async function runTrend(ws: Workspace, options: TrendOptions, io: IO): Promise<number> {
  const report = await withHistoryData(ws, (hd) => trendOver(ws, hd, options.since, options.every));
  io.stdout.write(await renderTrend(report, options.format, options.render, await meetingWordsFor(ws.lang), cachedChart(ws)));
  return 0;
}
