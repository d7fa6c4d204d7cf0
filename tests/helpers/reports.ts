import { en } from '../../src/i18n/en.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { TaskFilter } from '../../src/reports/filter-tasks.js';
import { REPORTS } from '../../src/reports/registry.js';
import type { ReportData, ReportDefinition } from '../../src/reports/report-definition.js';
import { FORMATS } from '../../src/render/formats.js';

// Reports through the registry, as the CLI runs them, for unit tests.

export type ReportName = 'overdue' | 'at-risk' | 'summary' | 'list' | 'show';

export function definition(name: ReportName): ReportDefinition {
  return REPORTS.find((r) => r.name === name)!;
}

/** The report's data; for `show`, `filterOrId` is the task id. */
export function compute<R = any>(name: ReportName, ds: Dataset, filterOrId: TaskFilter | string = {}): R {
  const request = typeof filterOrId === 'string' ? { filter: {}, id: filterOrId } : { filter: filterOrId };
  return definition(name).compute(ds, request) as R;
}

export function sections(name: ReportName, report: ReportData) {
  return definition(name).sections(report, en);
}

export async function render(name: ReportName, report: ReportData, format: string, color = false): Promise<string> {
  const d = definition(name);
  const out = await FORMATS[format]!.render({ kind: report.kind, asOf: report.asOf, sections: () => d.sections(report, en), json: () => d.json(report) }, { color });
  return typeof out === 'string' ? out : Buffer.from(out).toString('utf8');
}
