import type { Dataset } from '../../model/dataset.js';
import type { TaskFilter } from '../../reports/filter-tasks.js';
import { atRiskReport, listReport, overdueReport, taskReport } from '../../reports/reports.js';
import { summaryReport } from '../../reports/summary.js';
import { renderReport, type RenderOptions, type ReportFormat } from '../../render/render-report.js';
import { closest } from '../../validate/suggest.js';
import { STATUSES, type Status } from '../../domain/status.js';
import { UsageError, UserError } from '../errors.js';
import type { IO } from '../io.js';
import { reportData } from '../report-data.js';
import { parseDateFlag, type Workspace } from '../workspace.js';

export type ReportName = 'overdue' | 'at-risk' | 'summary' | 'list' | 'show';

/** Flags as commander gives them, turned into typed options by `parseFilter`. */
export interface ReportFlags {
  ministry?: string[];
  owner?: string;
  status?: string;
  blocked?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  within?: string;
}

export interface ReportRequest {
  name: ReportName;
  id?: string;
  filter: TaskFilter;
  within?: number;
  format: ReportFormat;
  skipInvalid: boolean;
  render: RenderOptions;
}

export function parseFilter(flags: ReportFlags): { filter: TaskFilter; within?: number } {
  const filter: TaskFilter = {};
  if (flags.ministry !== undefined) filter.ministries = flags.ministry.flatMap((m) => m.split(',')).map((m) => m.trim().toUpperCase()).filter(Boolean);
  if (flags.owner !== undefined) filter.owner = flags.owner;
  if (flags.status !== undefined) {
    const statuses = flags.status.split(',').map((s) => s.trim()).filter(Boolean);
    for (const s of statuses) {
      if (!(STATUSES as readonly string[]).includes(s)) {
        const computed = ['overdue', 'at-risk', 'at_risk', 'blocked'].includes(s) ? `; ${s} is computed: use p06 ${s === 'blocked' ? 'list --blocked' : s.replace('_', '-')}` : '';
        throw new UsageError(`--status ${s} is not one of ${STATUSES.join(', ')}${computed}`);
      }
    }
    filter.statuses = statuses as Status[];
  }
  if (flags.blocked === true) filter.blocked = true;
  if (flags.dueBefore !== undefined) filter.dueBefore = parseDateFlag('--due-before', flags.dueBefore);
  if (flags.dueAfter !== undefined) filter.dueAfter = parseDateFlag('--due-after', flags.dueAfter);
  if (flags.within === undefined) return { filter };
  if (!/^\d{1,4}$/.test(flags.within)) throw new UsageError(`--within ${JSON.stringify(flags.within)} is not a number of days`);
  return { filter, within: Number(flags.within) };
}

/** Loads the data, computes one report and prints it: the whole of every report command. */
export async function runReport(ws: Workspace, request: ReportRequest, io: IO): Promise<number> {
  const ds = await reportData(ws, { skipInvalid: request.skipInvalid, within: request.within ?? ws.settings.atRiskDays }, io);
  checkMinistries(ds, request.filter);
  const report = buildReport(ds, request);
  io.stdout.write(await renderReport(report, ds, request.format, request.render));
  return 0;
}

function buildReport(ds: Dataset, request: ReportRequest) {
  switch (request.name) {
    case 'overdue':
      return overdueReport(ds, request.filter);
    case 'at-risk':
      return atRiskReport(ds, request.filter);
    case 'summary':
      return summaryReport(ds);
    case 'list':
      return listReport(ds, request.filter);
    case 'show': {
      const id = request.id!;
      const report = taskReport(ds, id);
      if (report === undefined) {
        const near = closest(id, ds.byId.keys());
        throw new UserError(`no task ${id} in the data${near ? `; did you mean ${near}?` : ''}`);
      }
      return report;
    }
  }
}

/** A mistyped --ministry would give an empty report that reads as "nothing overdue"; refuse it. */
function checkMinistries(ds: Dataset, filter: TaskFilter): void {
  const known = new Set(ds.ministries.map((m) => m.code));
  for (const code of filter.ministries ?? []) {
    if (!known.has(code)) {
      const near = closest(code, known);
      throw new UserError(`no ministry ${code} in the data${near ? `; did you mean ${near}?` : ''}`);
    }
  }
}
