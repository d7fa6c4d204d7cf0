import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import { matches } from './filter-tasks.js';
import { defineReport } from './report-definition.js';
import { cell, numberCell } from './report-view.js';
import { taskCells, taskColumns } from './task-cells.js';
import { reasonsJson, taskJson } from './task-json.js';

export interface AtRiskReport {
  kind: 'at-risk';
  asOf: Day;
  within: number;
  tasks: Task[];
}

export const atRisk = defineReport<AtRiskReport>({
  name: 'at-risk',
  description: 'open tasks due soon or held up by a dependency, soonest first',
  flags: ['filters', 'within'],
  formats: ['table', 'markdown', 'csv', 'json', 'xlsx'],
  /** Open, not overdue, with at least one reason: soonest due first, then by id. */
  compute(ds: Dataset, { filter }) {
    const tasks = ds.tasks.filter((t) => isAtRisk(t) && matches(t, filter));
    tasks.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || compareIds(a.id, b.id));
    return { kind: 'at-risk', asOf: ds.asOf, within: ds.within, tasks };
  },
  sections(report, w) {
    const asOf = w.longDay(report.asOf);
    return [
      {
        heading: w.report.atRiskHeading(asOf, report.within, report.tasks.length),
        // Left out of a narrow terminal in this order: ministry, owner, deadline.
        columns: [...taskColumns(w, { owner: 2, deadline: 3 }), { header: w.column.daysLeft, short: w.columnShort.daysLeft, align: 'right' }, { header: w.column.why, flex: true, min: 18 }],
        rows: report.tasks.map((t) => [...taskCells(t, w), t.daysLeft === undefined ? cell('—', 'warn') : numberCell(t.daysLeft, 'warn', w.number(t.daysLeft)), cell(t.risks.map((r) => w.reason(r)).join('; '))]),
        empty: w.report.atRiskEmpty(asOf),
      },
    ];
  },
  json: (report) => ({ within: report.within, tasks: report.tasks.map((t) => ({ ...taskJson(t), days_left: t.daysLeft ?? null, reasons: reasonsJson(t) })) }),
});
