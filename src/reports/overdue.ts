import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import type { Dataset, Task } from '../model/dataset.js';
import { matches } from './filter-tasks.js';
import { defineReport } from './report-definition.js';
import { cell, numberCell } from './report-view.js';
import { taskCells, taskColumns } from './task-cells.js';
import { taskJson, yearOf } from './task-json.js';

export interface OverdueReport {
  kind: 'overdue';
  asOf: Day;
  tasks: Task[];
}

export const overdue = defineReport<OverdueReport>({
  name: 'overdue',
  description: 'open tasks past their due date, most days overdue first',
  flags: ['filters'],
  formats: ['table', 'markdown', 'csv', 'json', 'xlsx'],
  /** Open and past due: most days overdue first, then by id. */
  compute(ds: Dataset, { filter }) {
    const tasks = ds.tasks.filter((t) => t.overdue && matches(t, filter));
    tasks.sort((a, b) => b.daysOverdue! - a.daysOverdue! || compareIds(a.id, b.id));
    return { kind: 'overdue', asOf: ds.asOf, tasks };
  },
  sections(report, w) {
    const asOf = w.longDay(report.asOf);
    return [
      {
        heading: w.report.overdueHeading(asOf, report.tasks.length),
        // Left out of a narrow terminal in this order: ministry, extensions, first-due year, blocks, owner, deadline.
        columns: [
          ...taskColumns(w, { owner: 5, deadline: 6 }),
          { header: w.column.daysOverdue, short: w.columnShort.daysOverdue, align: 'right' },
          { header: w.column.firstDue, short: w.columnShort.firstDue, align: 'right', drop: 3 },
          { header: w.column.extensions, short: w.columnShort.extensions, align: 'right', drop: 2 },
          { header: w.column.blocks, flex: true, drop: 4 },
        ],
        rows: report.tasks.map((t) => [
          ...taskCells(t, w),
          numberCell(t.daysOverdue!, 'bad', w.number(t.daysOverdue!)),
          // A year is a name, not a quantity: 2024, never 2.024.
          t.firstDue === undefined ? cell('') : numberCell(yearOf(t.firstDue)),
          numberCell(t.extensions, t.extensions > 0 ? 'warn' : undefined, w.number(t.extensions)),
          cell(t.blocks.join(', ')),
        ]),
        empty: w.report.overdueEmpty(asOf),
      },
    ];
  },
  json: (report) => ({ tasks: report.tasks.map((t) => ({ ...taskJson(t), days_overdue: t.daysOverdue })) }),
});
