import { Option, type Command } from 'commander';
import { HISTORY_FORMATS, renderChanges, type HistoryFormat } from '../../render/render-history.js';
import { decideColor } from '../color.js';
import type { IO } from '../io.js';
import { meetingWordsFor } from '../../i18n/meeting-words.js';
import { changesBetween, withHistoryData } from '../history-data.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import { chooseFormat, globals, parseDateFlag, workspaceFor, type CommandContext } from '../options.js';
import type { RenderOptions } from '../../render/formats.js';

export interface ChangesOptions {
  since: string;
  /** A revision or date; the working tree (as of --as-of, else today) when absent. */
  until?: string;
  format: HistoryFormat;
  render: RenderOptions;
}

export function registerChanges(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('changes')
    .description('what moved between two points in the data\'s git history, task by task and per ministry')
    .requiredOption('--since <rev|date>', 'a revision (tag, branch, commit) or a date YYYY-MM-DD: the last commit on or before that day')
    .option('--until <rev|date>', 'the other end (default: the working tree, as of --as-of or today)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, markdown when piped)').choices(HISTORY_FORMATS))
    .action(async (_opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const options: ChangesOptions = { since: String(o.since), format: chooseFormat(cmd, HISTORY_FORMATS, io.stdout.isTTY ? 'table' : 'markdown'), render: renderOptions(o.color as boolean | undefined, io) };
      if (typeof o.until === 'string') options.until = o.until;
      setExit(await runChanges(ws, options, io));
    });
}

export function renderOptions(color: boolean | undefined, io: IO): RenderOptions {
  return { color: decideColor(color, io.env, io.stdout.isTTY), ...(io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}) };
}

/** Never exit 1 for what history holds: broken promises and invalid commits are reported, not refused. */
export async function runChanges(ws: Workspace, options: ChangesOptions, io: IO): Promise<number> {
  const report = await withHistoryData(ws, (hd) => changesBetween(ws, hd, options.since, options.until), [options.since, options.until]);
  io.stdout.write(await renderChanges(report, options.format, options.render, await meetingWordsFor(ws.lang)));
  return 0;
}
