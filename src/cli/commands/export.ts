import type { Command } from 'commander';
import { wordsFor } from '../../i18n/langs.js';
import { calendarReport } from '../../reports/calendar.js';
import type { TaskFilter } from '../../reports/filter-tasks.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';
import { writeOutput } from '../output-file.js';
import { FLAG_OPTIONS, checkedFilter, datasetOrRefuse, parseFilter, type ReportFlags } from './report.js';

export interface ExportIcsOptions {
  filter: TaskFilter;
  skipInvalid: boolean;
  output?: string;
}

export function registerExport(program: Command, { io, setExit }: CommandContext): void {
  const exporter = program.command('export').description('write the data for other tools (ics: a calendar)');
  const ics = exporter
    .command('ics')
    .description("an iCalendar file: an all-day event on each open task's due date, to import into Outlook, Google or Apple Calendar")
    .option('--skip-invalid', 'export the valid files, naming the files left out')
    .option('--output <file>', 'write the calendar to this file instead of stdout');
  FLAG_OPTIONS.filters(ics);
  ics.action(async (_opts, command: Command) => {
    const o = globals(command) as ReportFlags & ReturnType<typeof globals>;
    const options: ExportIcsOptions = { filter: parseFilter(o).filter, skipInvalid: o.skipInvalid === true };
    if (o.output !== undefined) options.output = o.output;
    setExit(await runExportIcs(await workspaceFor(command, io), options, io));
  });
}

export async function runExportIcs(ws: Workspace, options: ExportIcsOptions, io: IO): Promise<number> {
  const words = await wordsFor(ws.lang);
  const { dataset: ds } = await datasetOrRefuse(ws, { skipInvalid: options.skipInvalid, within: ws.settings.atRiskDays }, words, io);
  const filter = checkedFilter(ds, options.filter);
  // ical-generator is loaded only here, when a calendar is asked for.
  const [{ calendarEvents }, { formatIcs }, { filterText }] = await Promise.all([
    import('../../render/calendar-events.js'),
    import('../../render/format-ics.js'),
    import('../../render/filter-text.js'),
  ]);
  const events = calendarEvents(calendarReport(ds, filter), ds, words);
  const x = words.exports;
  const ics = formatIcs(events, { name: x.calendarName(filterText(filter, words)), description: x.calendarDescription(words.longDay(ds.asOf)), asOf: ds.asOf });
  await writeOutput(ics, options.output, io);
  return 0;
}
