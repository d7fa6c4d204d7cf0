import type { Problem } from '../domain/problem.js';
import type { FileSummary } from '../domain/records.js';
import { buildDataset, type Dataset } from '../model/dataset.js';
import { loadData, type Workspace } from './open-workspace.js';

export interface ReportDatasetOptions {
  skipInvalid: boolean;
  within: number;
}

/** The data a report runs on, or why it cannot run: values, for the CLI to print. */
export type ReportDataset =
  | { ok: true; dataset: Dataset; leftOut: FileSummary[]; warnings: number }
  | { ok: false; problems: Problem[]; configInvalid: boolean };

/**
 * Invalid data is refused unless skipInvalid, which leaves out each file with
 * an error; the files left out are returned, so a report can name each one
 * with its task count and never drop a task silently. An invalid
 * configuration is refused either way: it decides what the data means.
 */
export async function reportDataset(ws: Workspace, options: ReportDatasetOptions): Promise<ReportDataset> {
  // A report may look back (--as-of in the past): a completion after that day
  // is history, not an error. Only a date after today is.
  const validation = await loadData(ws, true);
  const configErrors = ws.configProblems.filter((p) => p.severity === 'error');
  const errors = validation.problems.filter((p) => p.severity === 'error');
  if (configErrors.length > 0 || (errors.length > 0 && !options.skipInvalid)) {
    return { ok: false, problems: [...configErrors, ...errors], configInvalid: configErrors.length > 0 };
  }
  const leftOut = validation.files.filter((f) => f.errors > 0);
  const skipped = new Set(leftOut.map((f) => f.file));
  const ministries = validation.ministries.filter((m) => !skipped.has(m.file));
  const tasks = validation.tasks.filter((t) => !skipped.has(t.file));
  const dataset = buildDataset(ministries, tasks, { asOf: ws.asOf, within: options.within });
  return { ok: true, dataset, leftOut, warnings: validation.problems.length - errors.length };
}
