import { buildDataset, type Dataset } from '../model/dataset.js';
import { problemLines } from '../render/render-problems.js';
import { oneLine } from '../render/sanitize.js';
import { plural } from '../render/words.js';
import { SilentError } from './errors.js';
import type { IO } from './io.js';
import { loadData, type Workspace } from './workspace.js';

export interface ReportDataOptions {
  skipInvalid: boolean;
  within: number;
}


/**
 * The dataset a report runs on. Invalid data is refused (problems on stderr,
 * exit 1) unless --skip-invalid, which leaves out each file with an error and
 * names it with its task count: a report never drops a task silently.
 */
export async function reportData(ws: Workspace, options: ReportDataOptions, io: IO): Promise<Dataset> {
  // A report may look back (--as-of in the past): a completion after that day
  // is history, not an error. Only a date after today is.
  const validation = await loadData(ws, true);
  const configErrors = ws.configProblems.filter((p) => p.severity === 'error');
  const errors = validation.problems.filter((p) => p.severity === 'error');
  if (configErrors.length > 0 || (errors.length > 0 && !options.skipInvalid)) {
    const shown = [...configErrors, ...errors];
    io.stderr.write(problemLines(shown));
    io.stderr.write(`p06: ${plural(shown.length, 'error')} in the data: fix ${shown.length === 1 ? 'it' : 'them'} (see p06 validate)${configErrors.length > 0 ? '' : ', or report on the valid files with --skip-invalid'}\n`);
    throw new SilentError(1);
  }
  const skipped = new Set<string>();
  for (const f of validation.files) {
    if (f.errors === 0) continue;
    skipped.add(f.file);
    const tasks = f.uncounted ? 'its tasks could not be counted' : plural(f.tasks, 'task');
    io.stderr.write(`p06: left out ${oneLine(f.file)} (${tasks}, ${plural(f.errors, 'error')})\n`);
  }
  const warnings = validation.problems.length - errors.length;
  if (warnings > 0) io.stderr.write(`p06: ${plural(warnings, 'warning')} in the data (see p06 validate)\n`);
  const ministries = validation.ministries.filter((m) => !skipped.has(m.file));
  const tasks = validation.tasks.filter((t) => !skipped.has(t.file));
  return buildDataset(ministries, tasks, { asOf: ws.asOf, within: options.within });
}
