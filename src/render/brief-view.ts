import { formatDay } from '../domain/calendar.js';
import type { Task } from '../model/dataset.js';
import type { BriefReport, DecisionWhy } from '../reports/brief.js';
import type { SummaryCounts } from '../reports/summary.js';
import { changesSections, movementJson, pointText } from './changes-view.js';
import type { Cell, Column, Section } from '../reports/report-view.js';
import { progressBar } from '../reports/summary.js';
import { trendSections } from './trend-view.js';
import { en } from '../i18n/en.js';

// The brief as parts of sections: the one shape the HTML and Markdown forms
// print, so both carry the same sections and the same numbers.

export interface BriefPart {
  /** Stable anchor, also what the browser test looks for. */
  id: 'changes' | 'decisions' | 'overdue' | 'ministries' | 'trend';
  title: string;
  sections: Section[];
}

const c = (text: string | number, tone?: Cell['tone']): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });
const pct = (n: number) => `${n.toFixed(1)} %`;

export const briefTitle = (r: BriefReport) => `Project 06: meeting brief as of ${formatDay(r.asOf)}`;

/** The headline in the seeds' own shape: "690 tasks; 348 done (50.4 %); 119 recurring; 184 in progress; …". */
export function headlineText(r: BriefReport): string {
  const h = r.headline;
  const years = r.overdueByYear.map((y, i) => `${y.tasks.length} ${i === 0 ? 'behind schedule since' : 'since'} ${y.year}`);
  const overdue = `${h.overdue} overdue${years.length > 0 ? `, of which ${joinWords(years)}` : ''}`;
  const parts = [en.plural(h.total, 'task'), `${h.done} done (${pct(h.percent_done)})`, `${h.recurring} recurring`, `${h.in_progress} in progress`, `${h.not_started} not started`, overdue, `${h.at_risk} at risk`];
  if (h.cancelled > 0) parts.push(`${h.cancelled} cancelled`);
  return `${parts.join('; ')}.`;
}

function joinWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const WHY_WORDS: Record<DecisionWhy, string> = { obstacle: 'obstacle', 'long-overdue': 'long overdue', 'extended-again': 'extended again' };

const TITLE: Column = { header: 'Title', flex: true };
const OWNER: Column = { header: 'Owner', flex: true };

/** The six parts of SPEC §11 after the headline, in order. */
export function briefParts(r: BriefReport): BriefPart[] {
  const ds = r.dataset;
  const [moved, byMinistry, ...invalid] = changesSections(r.changes);
  const overdueTable = (year: number, tasks: Task[]): Section => ({
    heading: `Behind schedule since ${year}: ${en.plural(tasks.length, 'task')}`,
    columns: [{ header: 'ID' }, { header: 'Ministry' }, TITLE, OWNER, { header: 'Deadline' }, { header: 'Days overdue', align: 'right' }, { header: 'Extensions', align: 'right' }],
    rows: tasks.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(en.deadline(t.deadline)), c(t.daysOverdue!, 'bad'), c(t.extensions)]),
    empty: '',
  });
  const counts = (n: SummaryCounts): Cell[] => [c(n.total), c(n.done, 'good'), c(n.in_progress), c(n.not_started), c(n.recurring), c(n.overdue, n.overdue > 0 ? 'bad' : undefined), c(n.at_risk, n.at_risk > 0 ? 'warn' : undefined), c(n.percent_done.toFixed(1)), c(progressBar(n.percent_done), 'good')];
  const num = (header: string): Column => ({ header, align: 'right' });
  const subtotalLabel = { ministry: 'Ministries', agency: 'Agencies', province: 'Provinces and cities' } as const;
  const trend = trendSections(r.trend);
  return [
    {
      id: 'changes',
      title: `Changes since ${pointText(r.since)}`,
      sections: [{ ...moved!, heading: `${en.plural(r.changes.tasks.length, 'change')} from ${pointText(r.changes.since)} to ${pointText(r.changes.until)}` }, byMinistry!, ...invalid],
    },
    {
      id: 'decisions',
      title: 'Decisions needed',
      sections: [
        {
          heading: `${en.plural(r.decisions.length, 'item')}: obstacles, tasks overdue too long, tasks extended twice or more`,
          columns: [{ header: 'ID' }, { header: 'Ministry' }, { header: 'Why' }, TITLE, OWNER, { header: 'What the task force is asked', flex: true }],
          rows: r.decisions.map((d) => [c(d.task.id, 'strong'), c(d.task.ministry), c(WHY_WORDS[d.why], 'bad'), c(d.task.record.title), c(d.task.record.owner), c(d.message)]),
          empty: 'No decision is needed: no obstacle, nothing overdue too long, nothing extended twice.',
        },
      ],
    },
    {
      id: 'overdue',
      title: 'Overdue and at risk',
      sections: [
        ...(r.overdueByYear.length === 0 ? [{ heading: 'Overdue', columns: [], rows: [], empty: `No task is overdue as of ${formatDay(r.asOf)}.` }] : r.overdueByYear.map((y) => overdueTable(y.year, y.tasks))),
        {
          heading: `At risk: ${en.plural(r.atRisk.length, 'task')}`,
          columns: [{ header: 'ID' }, { header: 'Ministry' }, TITLE, OWNER, { header: 'Deadline' }, { header: 'Why', flex: true }],
          rows: r.atRisk.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(en.deadline(t.deadline)), c(t.risks.map((x) => en.reason(x)).join('; '))]),
          empty: 'No task is at risk.',
        },
      ],
    },
    {
      id: 'ministries',
      title: 'Ministries, agencies and localities, worst first',
      sections: [
        {
          heading: `${r.ministries.length} ${r.ministries.length === 1 ? 'body' : 'bodies'}, most overdue first, then lowest percent done`,
          columns: [{ header: 'Code' }, { header: 'Name', flex: true }, num('Tasks'), num('Done'), num('In progress'), num('Not started'), num('Recurring'), num('Overdue'), num('At risk'), num('% done'), { header: 'Progress' }],
          rows: [
            ...r.ministries.map((m) => [c(m.ministry, 'strong'), c(m.name), ...counts(m)]),
            ...Object.entries(r.subtotals).map(([kind, n]) => [c('Subtotal', 'strong'), c(subtotalLabel[kind as keyof typeof subtotalLabel]), ...counts(n)]),
            [c('Total', 'strong'), c(''), ...counts(r.headline)],
          ],
          empty: 'No ministry has a file.',
        },
      ],
    },
    {
      id: 'trend',
      title: 'Trend and the dependency chains behind overdue work',
      sections: [
        trend[0]!,
        {
          heading: `Dependency chains: ${en.plural(r.chains.length, 'overdue task')} waiting on or holding up other open work`,
          columns: [{ header: 'Overdue' }, { header: 'Days', align: 'right' }, { header: 'Waits on (open)', flex: true }, { header: 'Holds up (open)', flex: true }],
          rows: r.chains.map((ch) => [c(ch.task.id, 'strong'), c(ch.task.daysOverdue!, 'bad'), c(ch.waitsOn.map((t) => t.id + (t.overdue ? ' (overdue)' : '')).join(', ') || '—'), c(ch.holdsUp.map((t) => t.id).join(', ') || '—')]),
          empty: 'No overdue task waits on or holds up other open work.',
        },
      ],
    },
  ];
}

/** Mermaid (GitHub renders it): the overdue tasks and the open work on either side; an edge points from a task to one that waits on it. */
export function chainsMermaid(r: BriefReport): string {
  if (r.chains.length === 0) return '';
  const involved = new Map<string, Task>();
  for (const ch of r.chains) for (const t of [ch.task, ...ch.waitsOn, ...ch.holdsUp]) involved.set(t.id, t);
  const node = (id: string) => `t_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  const lines = ['```mermaid', 'graph LR'];
  for (const t of involved.values()) {
    const state = t.overdue ? `overdue ${t.daysOverdue} d` : t.risks.length > 0 ? 'at risk' : t.status.replace('_', ' ');
    lines.push(`  ${node(t.id)}["${t.id}: ${state}"]${t.overdue ? ':::overdue' : t.risks.length > 0 ? ':::risk' : ''}`);
  }
  for (const t of involved.values()) for (const dep of t.dependsOn) if (involved.has(dep)) lines.push(`  ${node(dep)} --> ${node(t.id)}`);
  lines.push('  classDef overdue fill:#fde2e1,stroke:#b42318,color:#7a1a12', '  classDef risk fill:#fef3c7,stroke:#b45309,color:#78350f', '```');
  return lines.join('\n') + '\n';
}

/** SPEC §15's `brief` document, without the schema_version and kind head: the same numbers the HTML shows. */
export function briefJson(r: BriefReport): Record<string, unknown> {
  const h = r.headline;
  const row = (m: BriefReport['ministries'][number]) => ({ ...m });
  return {
    as_of: formatDay(r.asOf),
    since: { rev: r.since.rev, commit: r.since.commit ?? null, date: formatDay(r.since.date) },
    headline: { total: h.total, done: h.done, percent_done: h.percent_done, recurring: h.recurring, in_progress: h.in_progress, not_started: h.not_started, overdue: h.overdue, at_risk: h.at_risk },
    changes: r.changes.tasks.map(movementJson),
    decisions: r.decisions.map((d) => ({ task: d.task.id, why: d.why, message: d.message })),
    overdue_by_first_due_year: Object.fromEntries(r.overdueByYear.map((y) => [String(y.year), y.tasks.length])),
    ministries: r.ministries.map(row),
    subtotals: r.subtotals,
    invalid_between: r.changes.invalidBetween.map((i) => ({ commit: i.commit ?? null, date: formatDay(i.date) })),
  };
}
