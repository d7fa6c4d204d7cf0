import { formatDay } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { Status } from '../domain/status.js';
import type { MeetingWords } from '../i18n/meeting-words.js';
import type { ChangesReport, HistoryPoint, MinistryMovement, Movement } from '../reports/changes.js';
import type { Cell, Section } from '../reports/report-view.js';
import { problemLine } from './render-problems.js';

const c = (text: string | number, tone?: Cell['tone']): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });

/** "meeting-2024-01-25 (2024-01-25, 1a2b3c4)", or "the working tree (2025-03-01)", in the reader's words. */
export function pointText(p: HistoryPoint, w: MeetingWords): string {
  const day = w.day(p.date);
  if (p.commit === undefined) return w.meeting.workingTree(day);
  const short = p.commit.slice(0, 7);
  return p.rev === formatDay(p.date) ? w.meeting.dayCommit(day, short) : w.meeting.revCommit(p.rev, day, short);
}

/** What happened to the task, in words, for one line of the minutes. */
export function movementText(m: Movement, w: MeetingWords): string {
  const h = w.meeting.happened;
  const day = m.date === undefined ? undefined : w.day(m.date);
  const status = (s: string | undefined) => (s === undefined ? '—' : STATUSES.has(s) ? w.status(s as Status) : s);
  const deadline = (d: Deadline | undefined, text: string | undefined) => (d !== undefined ? w.meeting.deadlineText(d) : (text ?? '—'));
  switch (m.change) {
    case 'done':
      return h.done(day ?? '—', m.result);
    case 'newly-overdue':
      // The deadline as written only where it says more than the due date (2024-Q1, not 2024-03-31).
      return h.newlyOverdue(day ?? '—', m.toDeadline === undefined || m.toDeadline.text === formatDay(m.toDeadline.due) ? undefined : w.meeting.deadlineText(m.toDeadline));
    case 'deadline-moved':
      return h.deadlineMoved(deadline(m.fromDeadline, m.from), deadline(m.toDeadline, m.to), m.reason, day);
    case 'added':
      return h.added(m.to === undefined ? undefined : deadline(m.toDeadline, m.to));
    case 'cancelled':
      return h.cancelled(status(m.from), m.reason);
    case 'reopened':
      return h.reopened(status(m.to));
    case 'owner':
      return h.owner(m.from ?? '—', m.to ?? '—');
    case 'leader':
      return h.leader(m.from ?? '—', m.to ?? '—');
    case 'obstacle-raised':
      return h.obstacleRaised(m.to ?? '', m.from);
    case 'obstacle-cleared':
      return h.obstacleCleared(m.from ?? '');
    case 'reported':
      return h.reported(m.from ?? '—', m.to ?? '—');
  }
}

const STATUSES: ReadonlySet<string> = new Set(['not_started', 'in_progress', 'done', 'recurring', 'cancelled']);

const TONE: Partial<Record<Movement['change'], Cell['tone']>> = { done: 'good', 'newly-overdue': 'bad', 'deadline-moved': 'warn', reopened: 'warn', 'obstacle-raised': 'bad' };

const arrow = (a: string, b: string) => (a === b ? b : `${a} → ${b}`);

/** A body's code and name in the reader's language: `abbr_vi` and `name_vi` for Vietnamese where the file gives them. */
export const codeIn = (w: MeetingWords, m: { ministry: string; abbrVi?: string }) => w.code(m.ministry, m.abbrVi);
export const nameIn = (w: MeetingWords, m: { name: string; nameVi?: string }) => w.name(m.name, m.nameVi);

/** The task-by-task table, the per-ministry table, and the commits with invalid data, if any. */
export function changesSections(report: ChangesReport, w: MeetingWords): Section[] {
  const span = w.meeting.span(pointText(report.since, w), pointText(report.until, w));
  const col = w.meeting.column;
  const right = (header: string) => ({ header, align: 'right' as const });
  const sections: Section[] = [
    {
      heading: w.meeting.changesHeading(span, report.tasks.length),
      columns: [{ header: w.column.ministry }, { header: w.column.id }, { header: col.change }, { header: w.column.title, flex: true }, { header: col.whatHappened, flex: true }],
      rows: report.tasks.map((m) => [c(w.code(m.ministry, m.ministryVi)), c(m.task, 'strong'), c(w.meeting.change[m.change], TONE[m.change]), c(m.title), c(movementText(m, w))]),
      empty: w.meeting.changesEmpty(span),
    },
    {
      heading: w.meeting.byMinistryHeading,
      columns: [{ header: w.column.ministry }, { header: w.column.name, flex: true }, right(col.tasks), right(w.column.done), right(w.column.percentDone), right(w.column.overdue)],
      rows: report.ministries.map((m) => ministryRow(m, w)),
      empty: w.meeting.byMinistryEmpty,
    },
  ];
  if (report.invalidBetween.length > 0) sections.push(invalidSection(report, w));
  return sections;
}

function ministryRow(m: MinistryMovement, w: MeetingWords): Cell[] {
  const { before, after } = m;
  const n = (x: number) => w.number(x);
  const pct = (x: number) => w.number(x, 1);
  return [
    c(codeIn(w, m), 'strong'),
    c(nameIn(w, m)),
    c(arrow(n(before.total), n(after.total))),
    c(arrow(n(before.done), n(after.done)), after.done > before.done ? 'good' : undefined),
    c(arrow(pct(before.percent_done), pct(after.percent_done))),
    c(arrow(n(before.overdue), n(after.overdue)), after.overdue > before.overdue ? 'bad' : undefined),
  ];
}

export function invalidSection(report: ChangesReport, w: MeetingWords): Section {
  const col = w.meeting.column;
  return {
    heading: w.meeting.invalidHeading(report.invalidBetween.length),
    columns: [{ header: col.commit }, { header: col.date }, { header: col.errors, align: 'right' }, { header: col.firstError, flex: true }],
    rows: report.invalidBetween.map((i) => [c(i.commit?.slice(0, 12) ?? w.meeting.workingTreeShort, 'strong'), c(w.day(i.date)), c(w.number(i.errors), 'bad'), c(problemLine(i.first, w))]),
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
