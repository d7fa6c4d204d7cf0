import { formatDay } from '../domain/calendar.js';
import type { ChangesReport, Counts, HistoryPoint, Movement } from '../reports/changes.js';
import type { Cell, Section } from '../reports/report-view.js';
import { en } from '../i18n/en.js';

const c = (text: string | number, tone?: Cell['tone']): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });

/** "meeting-2024-01-25 (2024-01-25, 1a2b3c4)", or "the working tree (2025-03-01)". */
export function pointText(p: HistoryPoint): string {
  const day = formatDay(p.date);
  if (p.commit === undefined) return `the working tree (${day})`;
  const short = p.commit.slice(0, 7);
  return p.rev === day ? `${day} (${short})` : `${p.rev} (${day}, ${short})`;
}

const status = (s: string | undefined) => (s === undefined ? '' : (en.status(s as never) ?? s));

/** What happened to the task, in words, for one line of the minutes. */
export function movementText(m: Movement): string {
  const day = m.date === undefined ? '' : formatDay(m.date);
  switch (m.change) {
    case 'done':
      return `done on ${day}${m.result === undefined ? '' : `: ${m.result}`}`;
    case 'newly-overdue':
      return `fell due on ${day}${m.to !== undefined && m.to !== day ? ` (deadline ${m.to})` : ''} and is still open`;
    case 'deadline-moved':
      return `deadline ${m.from ?? '—'} → ${m.to ?? '—'}${m.reason === undefined ? '' : `: ${m.reason}`}${day === '' ? '' : ` (approved ${day})`}`;
    case 'added':
      return `added${m.to === undefined ? '' : `, deadline ${m.to}`}`;
    case 'cancelled':
      return `cancelled (was ${status(m.from)})${m.reason === undefined ? '' : `: ${m.reason}`}`;
    case 'reopened':
      return `reopened: done → ${status(m.to)}`;
    case 'owner':
      return `owner ${m.from ?? '—'} → ${m.to ?? '—'}`;
    case 'leader':
      return `leader ${m.from ?? '—'} → ${m.to ?? '—'}`;
    case 'obstacle-raised':
      return `obstacle raised: ${m.to ?? ''}${m.from === undefined ? '' : ` (was: ${m.from})`}`;
    case 'obstacle-cleared':
      return `obstacle cleared (was: ${m.from ?? ''})`;
    case 'reported':
      return `reported ${m.from ?? '—'} → ${m.to ?? '—'}`;
  }
}

export const CHANGE_WORDS: Record<Movement['change'], string> = {
  done: 'done',
  'newly-overdue': 'newly overdue',
  'deadline-moved': 'deadline moved',
  added: 'added',
  cancelled: 'cancelled',
  reopened: 'reopened',
  owner: 'owner changed',
  leader: 'leader changed',
  'obstacle-raised': 'obstacle raised',
  'obstacle-cleared': 'obstacle cleared',
  reported: 'reported',
};

const TONE: Partial<Record<Movement['change'], Cell['tone']>> = { done: 'good', 'newly-overdue': 'bad', 'deadline-moved': 'warn', reopened: 'warn', 'obstacle-raised': 'bad' };

const arrow = (a: number | string, b: number | string) => (String(a) === String(b) ? String(b) : `${a} → ${b}`);
const pct = (n: number) => n.toFixed(1);

/** The task-by-task table, the per-ministry table, and the commits with invalid data, if any. */
export function changesSections(report: ChangesReport): Section[] {
  const span = `${pointText(report.since)} → ${pointText(report.until)}`;
  const sections: Section[] = [
    {
      heading: `Changes from ${span}: ${en.plural(report.tasks.length, 'change')}`,
      columns: [{ header: 'Ministry' }, { header: 'ID' }, { header: 'Change' }, { header: 'Title', flex: true }, { header: 'What happened', flex: true }],
      rows: report.tasks.map((m) => [c(m.ministry), c(m.task, 'strong'), c(CHANGE_WORDS[m.change], TONE[m.change]), c(m.title), c(movementText(m))]),
      empty: `Nothing moved between ${span}.`,
    },
    {
      heading: `By ministry: before → after`,
      columns: [{ header: 'Ministry' }, { header: 'Name', flex: true }, { header: 'Tasks', align: 'right' }, { header: 'Done', align: 'right' }, { header: '% done', align: 'right' }, { header: 'Overdue', align: 'right' }],
      rows: report.ministries.map((m) => ministryRow(m.ministry, m.name, m.before, m.after)),
      empty: 'No ministry has a file at either point.',
    },
  ];
  if (report.invalidBetween.length > 0) sections.push(invalidSection(report));
  return sections;
}

function ministryRow(code: string, name: string, before: Counts, after: Counts): Cell[] {
  return [
    c(code, 'strong'),
    c(name),
    c(arrow(before.total, after.total)),
    c(arrow(before.done, after.done), after.done > before.done ? 'good' : undefined),
    c(arrow(pct(before.percent_done), pct(after.percent_done))),
    c(arrow(before.overdue, after.overdue), after.overdue > before.overdue ? 'bad' : undefined),
  ];
}

export function invalidSection(report: ChangesReport): Section {
  return {
    heading: `The data had errors at ${en.plural(report.invalidBetween.length, 'commit')} in between (the changes above compare the two points only)`,
    columns: [{ header: 'Commit' }, { header: 'Date' }, { header: 'Errors', align: 'right' }, { header: 'First error', flex: true }],
    rows: report.invalidBetween.map((i) => [c(i.commit?.slice(0, 12) ?? 'working tree', 'strong'), c(formatDay(i.date)), c(i.errors, 'bad'), c(i.first)]),
    empty: '',
  };
}

const pointJson = (p: HistoryPoint) => ({ rev: p.rev, commit: p.commit ?? null, date: formatDay(p.date) });

export function movementJson(m: Movement): Record<string, unknown> {
  const out: Record<string, unknown> = { task: m.task, ministry: m.ministry, change: m.change };
  if (m.from !== undefined) out.from = m.from;
  if (m.to !== undefined) out.to = m.to;
  if (m.date !== undefined) out.date = formatDay(m.date);
  if (m.result !== undefined) out.result = m.result;
  if (m.reason !== undefined) out.reason = m.reason;
  return out;
}

/** SPEC §15's `changes` document, without the schema_version and kind head. */
export function changesJson(report: ChangesReport): Record<string, unknown> {
  return {
    as_of: formatDay(report.until.date),
    since: pointJson(report.since),
    until: pointJson(report.until),
    tasks: report.tasks.map(movementJson),
    ministries: report.ministries.map((m) => ({ ministry: m.ministry, before: m.before, after: m.after })),
    invalid_between: report.invalidBetween.map((i) => ({ commit: i.commit ?? null, date: formatDay(i.date) })),
  };
}
