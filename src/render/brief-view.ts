import { formatDay } from '../domain/calendar.js';
import type { MeetingWords } from '../i18n/meeting-words.js';
import type { Task } from '../model/dataset.js';
import type { BriefReport, Decision } from '../reports/brief.js';
import type { SummaryCounts } from '../reports/summary.js';
import { changesSections, movementJson, nameIn, pointText } from './changes-view.js';
import { mermaidText } from './format-mermaid.js';
import type { Cell, Column, Section } from '../reports/report-view.js';
import { progressBar, subtotalRows } from '../reports/summary.js';
import { trendSections } from './trend-view.js';

// The brief as parts of sections: the one shape the HTML and Markdown forms
// print, so both carry the same sections and the same numbers.

export interface BriefPart {
  /** Stable anchor, also what the browser test looks for. */
  id: 'changes' | 'decisions' | 'overdue' | 'ministries' | 'trend';
  title: string;
  sections: Section[];
}

const c = (text: string | number, tone?: Cell['tone']): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });

export const briefTitle = (r: BriefReport, w: MeetingWords) => w.meeting.briefTitle(w.longDay(r.asOf));

/** The headline in the seeds' own shape: "690 tasks; 348 done (50.4%); 119 recurring; 184 in progress; …". */
export function headlineText(r: BriefReport, w: MeetingWords): string {
  return w.meeting.headline(r.headline, r.overdueByYear.map((y) => ({ year: y.year, tasks: y.tasks.length })));
}

/** What the task force is asked, in the reader's words (also the `message` of the JSON). */
export function decisionText(d: Decision, w: MeetingWords): string {
  switch (d.why) {
    case 'obstacle':
      return d.obstacle;
    case 'long-overdue':
      return w.meeting.longOverdue(d.daysOverdue, w.day(d.due), d.limit);
    case 'extended-again':
      return w.meeting.extendedAgain(d.extensions, w.day(d.firstDue), w.day(d.due));
  }
}

/** The six parts of SPEC §11 after the headline, in order. */
export function briefParts(r: BriefReport, w: MeetingWords): BriefPart[] {
  const m = w.meeting;
  const TITLE: Column = { header: w.column.title, flex: true };
  const OWNER: Column = { header: w.column.owner, flex: true };
  const [moved, byMinistry, ...invalid] = changesSections(r.changes, w);
  const overdueTable = (year: number, tasks: Task[]): Section => ({
    heading: m.behindSince(year, tasks.length),
    columns: [{ header: w.column.id }, { header: w.column.ministry }, TITLE, OWNER, { header: w.column.deadline }, { header: w.column.daysOverdue, align: 'right' }, { header: w.column.extensions, align: 'right' }],
    rows: tasks.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(w.deadline(t.deadline)), c(w.number(t.daysOverdue!), 'bad'), c(w.number(t.extensions))]),
    empty: '',
  });
  const counts = (n: SummaryCounts): Cell[] => [
    c(w.number(n.total)),
    c(w.number(n.done), 'good'),
    c(w.number(n.in_progress)),
    c(w.number(n.not_started)),
    c(w.number(n.recurring)),
    c(w.number(n.overdue), n.overdue > 0 ? 'bad' : undefined),
    c(w.number(n.at_risk), n.at_risk > 0 ? 'warn' : undefined),
    c(w.number(n.percent_done, 1)),
    c(progressBar(n.percent_done), 'good'),
  ];
  const num = (header: string): Column => ({ header, align: 'right' });
  const trend = trendSections(r.trend, w);
  const asOf = w.longDay(r.asOf);
  return [
    {
      id: 'changes',
      title: m.part.changes(pointText(r.since, w)),
      sections: [{ ...moved!, heading: m.changesCount(r.changes.tasks.length, pointText(r.changes.since, w), pointText(r.changes.until, w)) }, byMinistry!, ...invalid],
    },
    {
      id: 'decisions',
      title: m.part.decisions,
      sections: [
        {
          heading: m.decisionsHeading(r.decisions.length),
          columns: [{ header: w.column.id }, { header: w.column.ministry }, { header: w.column.why }, TITLE, OWNER, { header: m.column.asked, flex: true }],
          rows: r.decisions.map((d) => [c(d.task.id, 'strong'), c(d.task.ministry), c(m.why[d.why], 'bad'), c(d.task.record.title), c(d.task.record.owner), c(decisionText(d, w))]),
          empty: m.decisionsEmpty,
        },
      ],
    },
    {
      id: 'overdue',
      title: m.part.overdue,
      sections: [
        ...(r.overdueByYear.length === 0 ? [{ heading: m.overdueHeading, columns: [], rows: [], empty: w.report.overdueEmpty(asOf) }] : r.overdueByYear.map((y) => overdueTable(y.year, y.tasks))),
        {
          heading: m.atRiskHeading(r.atRisk.length),
          columns: [{ header: w.column.id }, { header: w.column.ministry }, TITLE, OWNER, { header: w.column.deadline }, { header: w.column.why, flex: true }],
          rows: r.atRisk.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(w.deadline(t.deadline)), c(t.risks.map((x) => w.reason(x)).join('; '))]),
          empty: m.atRiskEmpty,
        },
      ],
    },
    {
      id: 'ministries',
      title: m.part.ministries,
      sections: [
        {
          heading: m.ministriesHeading(r.summary.rows.length),
          columns: [
            { header: m.column.code },
            { header: w.column.name, flex: true },
            num(m.column.tasks),
            num(w.column.done),
            num(w.column.inProgress),
            num(w.column.notStarted),
            num(w.column.recurring),
            num(w.column.overdue),
            num(w.column.atRisk),
            num(w.column.percentDone),
            { header: w.column.progress },
          ],
          rows: [
            ...r.summary.rows.map((row) => [c(w.code(row.ministry, row.abbr_vi ?? undefined), 'strong'), c(w.name(row.name, row.name_vi ?? undefined)), ...counts(row)]),
            // A subtotal for ministries and agencies and one for localities, as the summary gives them.
            ...subtotalRows(r.summary, w).map(([label, n]) => [c(m.subtotal, 'strong'), c(label), ...counts(n)]),
            [c(w.report.total, 'strong'), c(''), ...counts(r.headline)],
          ],
          empty: m.ministriesEmpty,
        },
      ],
    },
    {
      id: 'trend',
      title: m.part.trend,
      sections: [
        trend[0]!,
        {
          heading: m.chainsHeading(r.chains.length),
          columns: [{ header: m.overdueHeading }, { header: m.column.days, align: 'right' }, { header: m.column.waitsOn, flex: true }, { header: m.column.holdsUp, flex: true }],
          rows: r.chains.map((ch) => [
            c(ch.task.id, 'strong'),
            c(w.number(ch.task.daysOverdue!), 'bad'),
            c(ch.waitsOn.map((t) => t.id + (t.overdue ? ` (${m.overdueMark})` : '')).join(', ') || '—'),
            c(ch.holdsUp.map((t) => t.id).join(', ') || '—'),
          ]),
          empty: m.chainsEmpty,
        },
      ],
    },
  ];
}

/** Mermaid (GitHub renders it): the overdue tasks and the open work on either side; an edge points from a task to one that waits on it. */
export function chainsMermaid(r: BriefReport, w: MeetingWords): string {
  if (r.chains.length === 0) return '';
  const involved = new Map<string, Task>();
  for (const ch of r.chains) for (const t of [ch.task, ...ch.waitsOn, ...ch.holdsUp]) involved.set(t.id, t);
  // Node ids t1, t2, … in order: a task id is never Mermaid syntax.
  const ids = new Map([...involved.keys()].map((id, i) => [id, `t${i + 1}`]));
  const node = (id: string) => ids.get(id)!;
  const lines = ['```mermaid', 'graph LR'];
  for (const t of involved.values()) {
    const state = t.overdue ? w.meeting.overdueDays(t.daysOverdue!) : t.risks.length > 0 ? w.meeting.atRisk : w.status(t.status);
    lines.push(`  ${node(t.id)}["${mermaidText(`${t.id}: ${state}`)}"]${t.overdue ? ':::overdue' : t.risks.length > 0 ? ':::risk' : ''}`);
  }
  for (const t of involved.values()) for (const dep of t.dependsOn) if (involved.has(dep)) lines.push(`  ${node(dep)} --> ${node(t.id)}`);
  lines.push('  classDef overdue fill:#fde2e1,stroke:#b42318,color:#7a1a12', '  classDef risk fill:#fef3c7,stroke:#b45309,color:#78350f', '```');
  return lines.join('\n') + '\n';
}

/** SPEC §15's `brief` document, without the schema_version and kind head: the same numbers the HTML shows. */
export function briefJson(r: BriefReport, w: MeetingWords): Record<string, unknown> {
  const h = r.headline;
  return {
    as_of: formatDay(r.asOf),
    since: { rev: r.since.rev, commit: r.since.commit ?? null, date: formatDay(r.since.date) },
    headline: { total: h.total, done: h.done, percent_done: h.percent_done, recurring: h.recurring, in_progress: h.in_progress, not_started: h.not_started, overdue: h.overdue, at_risk: h.at_risk },
    changes: r.changes.tasks.map(movementJson),
    decisions: r.decisions.map((d) => ({ task: d.task.id, why: d.why, message: decisionText(d, w) })),
    overdue_by_first_due_year: Object.fromEntries(r.overdueByYear.map((y) => [String(y.year), y.tasks.length])),
    ministries: r.summary.rows,
    subtotals: r.summary.subtotals,
    invalid_between: r.changes.invalidBetween.map((i) => ({ commit: i.commit ?? null, date: formatDay(i.date) })),
  };
}
