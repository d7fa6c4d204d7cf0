import { formatDay } from '../domain/calendar.js';
import type { Dataset } from '../model/dataset.js';
import type { AnyReport } from './report-grid.js';
import { safeJson } from './sanitize.js';
import { reasonsJson, taskJson } from './task-json.js';

/** The JSON documents of SPEC §5: one object, schema_version 1, kind and as_of. */
export function reportJson(report: AnyReport, ds: Dataset): string {
  const head = { schema_version: 1, kind: report.kind, as_of: formatDay(report.asOf) };
  let body: Record<string, unknown>;
  switch (report.kind) {
    case 'overdue':
      body = { tasks: report.tasks.map((t) => ({ ...taskJson(t), days_overdue: t.daysOverdue })) };
      break;
    case 'at-risk':
      body = { within: report.within, tasks: report.tasks.map((t) => ({ ...taskJson(t), days_left: t.daysLeft ?? null, reasons: reasonsJson(t, ds) })) };
      break;
    case 'summary':
      body = { within: report.within, rows: report.rows, total: report.total };
      break;
    case 'list':
      body = { tasks: report.tasks.map(taskJson) };
      break;
    case 'task':
      body = { task: { ...taskJson(report.task), upstream: report.upstream.map((t) => t.id), downstream: report.downstream.map((t) => t.id) } };
      break;
  }
  return safeJson({ ...head, ...body }) + '\n';
}
