import type { Day } from '../domain/calendar.js';
import { userError } from '../i18n/errors.js';
import type { Words } from '../i18n/en.js';
import { statesOf, type Dataset, type Task } from '../model/dataset.js';
import { defineReport } from './report-definition.js';
import { cell, type Section } from './report-view.js';
import { deadlineCell } from './task-cells.js';
import { taskJson } from './task-json.js';
import { closest } from '../domain/suggest.js';

export interface TaskReport {
  kind: 'task';
  asOf: Day;
  task: Task;
  /** Everything it depends on, transitively, nearest first. */
  upstream: Task[];
  /** Everything that depends on it, transitively, nearest first. */
  downstream: Task[];
  /** Dependencies named in the data that are not in the dataset. */
  missing: string[];
}

/** One task with its whole neighbourhood; an unknown id is the user's to fix, with the nearest one. */
export function taskReport(ds: Dataset, id: string): TaskReport {
  const task = ds.byId.get(id);
  if (task === undefined) {
    const near = closest(id, ds.byId.keys());
    throw userError('noTask', id, near);
  }
  const missing: string[] = [];
  const walk = (next: (t: Task) => readonly string[]): Task[] => {
    const seen = new Set([id]);
    const out: Task[] = [];
    const queue = [task];
    for (let i = 0; i < queue.length; i++) {
      for (const nextId of next(queue[i]!)) {
        if (seen.has(nextId)) continue;
        seen.add(nextId);
        const found = ds.byId.get(nextId);
        if (found === undefined) {
          missing.push(nextId);
          continue;
        }
        out.push(found);
        queue.push(found);
      }
    }
    return out;
  };
  const upstream = walk((t) => t.dependsOn);
  const downstream = walk((t) => ds.dependents.get(t.id) ?? []);
  return { kind: 'task', asOf: ds.asOf, task, upstream, downstream, missing };
}

const statusText = (t: Task, w: Words) => {
  const states = w.states(statesOf(t));
  return w.status(t.status) + (states ? ` (${states})` : '');
};

function fieldsSection(report: TaskReport, w: Words): Section {
  const t = report.task;
  const r = t.record;
  const f = w.field;
  const fields: [string, string][] = [
    [f.title, r.title],
    [f.ministry, w.code(t.ministry, t.ministryVi)],
    [f.owner, r.owner],
  ];
  if (r.leader !== undefined) fields.push([f.leader, r.leader]);
  fields.push([f.status, statusText(t, w)], [f.deadline, w.deadline(t.deadline)]);
  if (r.obstacle !== undefined) fields.push([f.obstacle, r.obstacle]);
  if (r.every !== undefined) fields.push([f.every, w.every[r.every]]);
  if (r.every !== undefined) fields.push([f.reported, (r.reported?.text ?? '—') + (t.missingPeriods ? ` (${w.missingPeriods(t.missingPeriods)})` : '')]);
  // A recurring duty's first unreported period end; for other tasks "Original due" says it.
  if (r.every !== undefined && t.firstDue !== undefined && t.missingPeriods) fields.push([f.firstDue, w.day(t.firstDue)]);
  if (t.originalDue !== undefined) fields.push([f.originalDue, w.day(t.originalDue)]);
  for (const e of r.extensions.slice(0, t.extensions)) fields.push([f.extended, w.report.extended(e.from.text, e.approved === undefined ? undefined : w.day(e.approved), e.reason)]);
  if (t.completed !== undefined) fields.push([f.completed, w.day(t.completed)]);
  if (r.result !== undefined) fields.push([f.result, r.result]);
  for (const reason of t.risks) fields.push([f.atRisk, w.reason(reason)]);
  if (r.coordinating.length > 0) fields.push([f.coordinating, r.coordinating.join(', ')]);
  if (t.dependsOn.length > 0) fields.push([f.dependsOn, t.dependsOn.join(', ')]);
  if (t.blocks.length > 0) fields.push([f.blocks, t.blocks.join(', ')]);
  if (report.missing.length > 0) fields.push([f.missing, report.missing.join(', ')]);
  if (r.assigned !== undefined) fields.push([f.assigned, w.day(r.assigned)]);
  if (r.assignedBy !== undefined) fields.push([f.assignedBy, r.assignedBy]);
  if (r.refs !== undefined) fields.push([f.refs, r.refs.join('; ')]);
  if (r.transferredFrom !== undefined) fields.push([f.transferredFrom, r.transferredFrom]);
  if (r.source !== undefined) fields.push([f.source, r.source]);
  if (r.notes !== undefined) fields.push([f.notes, r.notes]);
  fields.push([f.file, `${r.file}:${r.line}`]);
  return {
    heading: w.report.taskHeading(t.id, w.longDay(report.asOf)),
    columns: [{ header: w.column.field }, { header: w.column.value, flex: true }],
    rows: fields.map(([k, v]) => [cell(k, 'strong'), cell(v)]),
    empty: '',
  };
}

function relatedSection(heading: string, tasks: Task[], empty: string, w: Words): Section {
  return {
    heading,
    columns: [{ header: w.column.id }, { header: w.column.status }, { header: w.column.deadline, flex: true }, { header: w.column.title, flex: true }],
    rows: tasks.map((u) => [cell(u.id, 'strong'), cell(statusText(u, w), u.overdue ? 'bad' : undefined), deadlineCell(u, w), cell(u.record.title)]),
    empty,
  };
}

export const show = defineReport<TaskReport>({
  name: 'show',
  description: 'one task with everything it depends on and everything that depends on it',
  flags: ['id'],
  formats: ['table', 'json', 'xlsx'],
  compute: (ds, request) => taskReport(ds, request.id!),
  sections: (report, w) => [
    fieldsSection(report, w),
    relatedSection(w.report.upstreamHeading(report.upstream.length), report.upstream, w.report.upstreamEmpty, w),
    relatedSection(w.report.downstreamHeading(report.downstream.length), report.downstream, w.report.downstreamEmpty, w),
  ],
  json: (report) => ({ task: { ...taskJson(report.task), upstream: report.upstream.map((t) => t.id), downstream: report.downstream.map((t) => t.id) } }),
});
