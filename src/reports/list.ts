import type { Day } from '../domain/calendar.js';
import { statesOf, type Dataset, type Task } from '../model/dataset.js';
import { matches } from './filter-tasks.js';
import { defineReport } from './report-definition.js';
import { cell } from './report-view.js';
import { deadlineCell, taskColumns } from './task-cells.js';
import { taskJson } from './task-json.js';

export interface ListReport {
  kind: 'list';
  asOf: Day;
  tasks: Task[];
}

export const list = defineReport<ListReport>({
  name: 'list',
  description: 'look tasks up',
  flags: ['filters', 'list-filters'],
  formats: ['table', 'markdown', 'csv', 'json', 'xlsx'],
  /** Every task that passes the filter, by id. */
  compute: (ds: Dataset, { filter }) => ({ kind: 'list', asOf: ds.asOf, tasks: ds.tasks.filter((t) => matches(t, filter)) }),
  sections(report, w) {
    // Left out of a narrow terminal in this order: ministry, owner, deadline.
    const [id, ministry, title, owner, deadline] = taskColumns(w, { owner: 2, deadline: 3 });
    return [
      {
        heading: w.report.listHeading(w.longDay(report.asOf), report.tasks.length),
        // The status wraps at its spaces ("đang thực / hiện"): in Vietnamese it is the widest fixed text.
        columns: [id!, ministry!, title!, owner!, { header: w.column.status, flex: true }, deadline!, { header: w.column.state, flex: true }],
        rows: report.tasks.map((t) => [
          cell(t.id, 'strong'),
          cell(w.code(t.ministry, t.ministryVi)),
          cell(t.record.title),
          cell(t.record.owner),
          cell(w.status(t.status)),
          deadlineCell(t, w),
          cell(w.states(statesOf(t)), t.overdue ? 'bad' : t.risks.length > 0 ? 'warn' : undefined),
        ]),
        empty: w.report.listEmpty,
      },
    ];
  },
  json: (report) => ({ tasks: report.tasks.map(taskJson) }),
});
