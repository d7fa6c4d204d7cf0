import { formatDay, type Day } from '../domain/calendar.js';
import type { Dataset } from '../model/dataset.js';
import type { CalendarEntry, CalendarReport } from '../reports/calendar.js';
import type { Words } from '../i18n/en.js';

/** An all-day event, in words, ready for any calendar format. */
export interface CalendarEvent {
  /** `<id>@p06`: stable, so importing the calendar again updates the event instead of adding a second one. */
  uid: string;
  day: Day;
  summary: string;
  description: string;
  categories: string[];
  /** Bumped by each extension, the one thing that moves an event's date (RFC 5545 SEQUENCE). */
  sequence: number;
}

function eventOf(entry: CalendarEntry, ds: Dataset, w: Words): CalendarEvent {
  const t = entry.task;
  const r = t.record;
  const ministry = ds.ministries.find((m) => m.code === t.ministry);
  const lines = [
    `${t.id}: ${r.title}`,
    `Ministry: ${ministry === undefined ? t.ministry : `${t.ministry} (${ministry.name})`}`,
    `Owner: ${r.owner}`,
    `Deadline: ${w.deadline(t.deadline)}`,
  ];
  let state = w.status(t.status);
  if (t.overdue) state += `; overdue by ${w.plural(t.daysOverdue!, 'day')} as of ${formatDay(ds.asOf)}`;
  else if (t.risks.length > 0) state += `; at risk as of ${formatDay(ds.asOf)}: ${t.risks.map((x) => w.reason(x)).join('; ')}`;
  lines.push(`Status: ${state}`);
  if (t.originalDue !== undefined) lines.push(`Extended ${w.plural(t.extensions, 'time')}; first due ${formatDay(t.originalDue)}`);
  if (r.result !== undefined) lines.push(`Result: ${r.result}`);
  if (r.coordinating.length > 0) lines.push(`Coordinating: ${r.coordinating.join(', ')}`);
  if (t.dependsOn.length > 0) lines.push(`Depends on: ${t.dependsOn.join(', ')}`);
  if (t.blocks.length > 0) lines.push(`Holds up: ${t.blocks.join(', ')}`);
  if (r.source !== undefined) lines.push(`Source: ${r.source}`);
  const categories = [t.ministry];
  if (t.overdue) categories.push('Overdue');
  else if (t.risks.length > 0) categories.push('At risk');
  return { uid: `${t.id}@p06`, day: entry.due, summary: `${t.id}: ${r.title}`, description: lines.join('\n'), categories, sequence: t.extensions };
}

/** Each calendar entry as an event: the task's id and title, then its owner, deadline, state and neighbours. */
export function calendarEvents(report: CalendarReport, ds: Dataset, w: Words): CalendarEvent[] {
  return report.entries.map((e) => eventOf(e, ds, w));
}

/** X-WR-CALNAME: the programme, and the filter when there is one, so two exported calendars can be told apart. */
export function calendarName(filter: string | undefined): string {
  return `Project 06 deadlines${filter === undefined ? '' : ` (${filter})`}`;
}
