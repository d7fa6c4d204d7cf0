import type { Day } from '../domain/calendar.js';
import type { Every } from '../domain/period.js';
import type { Words } from '../i18n/en.js';
import type { Dataset, Task } from '../model/dataset.js';
import type { CalendarEntry, CalendarReport } from '../reports/calendar.js';

/** An all-day event, in words, ready for any calendar format. */
export interface CalendarEvent {
  /** `<id>@p06` (a missed period: `<id>.<period>@p06`): stable, so importing the calendar again updates the event instead of adding a second one. */
  uid: string;
  day: Day;
  summary: string;
  description: string;
  categories: string[];
  /**
   * RFC 5545 SEQUENCE, which grows when an event moves so a calendar takes
   * the new date: a deadline's extensions; for a series, the day its first
   * occurrence falls on (it moves on as periods are reported).
   */
  sequence: number;
  /** The event comes back at the end of every period (a recurring duty's reports), with no end. */
  repeat?: Every;
}

/** The lines every event of a task starts with: who owns it and what it waits on. */
function taskLines(t: Task, ds: Dataset, w: Words): { head: string[]; tail: string[] } {
  const r = t.record;
  const f = w.field;
  const ministry = ds.ministries.find((m) => m.code === t.ministry);
  const name = ministry === undefined ? undefined : ((w.lang === 'vi' ? ministry.nameVi : undefined) ?? ministry.name);
  const code = w.code(t.ministry, ministry?.abbrVi);
  const head = [`${t.id}: ${r.title}`, `${f.ministry}: ${name === undefined ? code : `${code} (${name})`}`, `${f.owner}: ${r.owner}`];
  const tail: string[] = [];
  if (r.result !== undefined) tail.push(`${f.result}: ${r.result}`);
  if (r.coordinating.length > 0) tail.push(`${f.coordinating}: ${r.coordinating.join(', ')}`);
  if (t.dependsOn.length > 0) tail.push(`${f.dependsOn}: ${t.dependsOn.join(', ')}`);
  if (t.blocks.length > 0) tail.push(`${f.blocks}: ${t.blocks.join(', ')}`);
  if (r.source !== undefined) tail.push(`${f.source}: ${r.source}`);
  return { head, tail };
}

function eventOf(entry: CalendarEntry, ds: Dataset, w: Words): CalendarEvent {
  const t = entry.task;
  const x = w.exports;
  const asOf = w.day(ds.asOf);
  const { head, tail } = taskLines(t, ds, w);
  const categories = [w.code(t.ministry, ds.ministries.find((m) => m.code === t.ministry)?.abbrVi)];
  const summary = `${t.id}: ${t.record.title}`;
  switch (entry.kind) {
    case 'due': {
      let state = w.status(t.status);
      if (t.overdue) state += `; ${x.overdueBy(t.daysOverdue!, asOf)}`;
      else if (t.risks.length > 0) state += `; ${x.atRiskAsOf(asOf, t.risks.map((r) => w.reason(r)).join('; '))}`;
      const lines = [...head, `${w.field.deadline}: ${w.deadline(t.deadline)}`, `${w.field.status}: ${state}`];
      if (t.originalDue !== undefined) lines.push(x.extendedTimes(t.extensions, w.day(t.originalDue)));
      if (t.overdue) categories.push(w.column.overdue);
      else if (t.risks.length > 0) categories.push(w.column.atRisk);
      return { uid: `${t.id}@p06`, day: entry.due, summary, description: [...lines, ...tail].join('\n'), categories, sequence: t.extensions };
    }
    case 'missed': {
      const period = x.period(entry.period);
      const lines = [...head, x.missed(period, ds.asOf - entry.due, asOf)];
      categories.push(w.column.overdue);
      return { uid: `${t.id}.${entry.period}@p06`, day: entry.due, summary: `${t.id} (${period}): ${t.record.title}`, description: [...lines, ...tail].join('\n'), categories, sequence: 0 };
    }
    case 'series': {
      let state = w.status(t.status);
      if (t.missingPeriods !== undefined && t.missingPeriods > 0) state += `; ${w.missingPeriods(t.missingPeriods)}`;
      else if (t.risks.length > 0) state += `; ${x.atRiskAsOf(asOf, t.risks.map((r) => w.reason(r)).join('; '))}`;
      const lines = [...head, x.series(entry.every, x.period(entry.period)), `${w.field.status}: ${state}`];
      if (!t.overdue && t.risks.length > 0) categories.push(w.column.atRisk);
      return { uid: `${t.id}@p06`, day: entry.due, summary, description: [...lines, ...tail].join('\n'), categories, sequence: entry.due, repeat: entry.every };
    }
  }
}

/** Each calendar entry as an event: the task's id and title, then its owner, deadline, state and neighbours. */
export function calendarEvents(report: CalendarReport, ds: Dataset, w: Words): CalendarEvent[] {
  return report.entries.map((e) => eventOf(e, ds, w));
}
