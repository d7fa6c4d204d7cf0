import type { GenDataset, GenTask } from './generate.js';

// An independent, deliberately simple reading of SPEC §2.3 and §3, written
// from the spec and not from src/: dates are ISO strings (which sort like the
// days they name), the due date of a deadline is worked out by hand, and
// at-risk is a fixpoint over the generated dependency DAG.

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function lastDay(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The last day of the period a deadline names: 2024-Q1 → 2024-03-31. */
export function dueOf(deadline: string | number): string {
  const text = String(deadline);
  const [yearText, rest] = [text.slice(0, 4), text.slice(5)];
  const y = Number(yearText);
  if (text.length === 4) return iso(y, 12, 31);
  if (rest.startsWith('Q')) return iso(y, Number(rest[1]) * 3, lastDay(y, Number(rest[1]) * 3));
  if (rest.startsWith('H')) return iso(y, Number(rest[1]) * 6, lastDay(y, Number(rest[1]) * 6));
  const m = Number(rest.slice(0, 2));
  if (rest.length === 2) return iso(y, m, lastDay(y, m));
  return text;
}

/** Milliseconds of a day; setUTCFullYear, as Date.UTC reads the years 0 to 99 as 1900 to 1999. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

const parts = (s: string) => [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))] as const;

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(...parts(b)) - utc(...parts(a))) / 86_400_000);
}

/** The day `n` days after `day` (a text that is not YYYY-MM-DD when it leaves the years 0 to 9999). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return new Date(utc(y, m, d + n)).toISOString().slice(0, 10);
}

export interface Expected {
  id: string;
  ministry: string;
  statusAt: string;
  open: boolean;
  due?: string;
  deadlineText?: string;
  originalDue?: string;
  extensions: number;
  overdue: boolean;
  daysOverdue?: number;
  daysLeft?: number;
  doneLate: boolean;
  blocked: boolean;
  blocks: string[];
  reasons: string[];
}

/** What every task looks like on `asOf` with the at-risk window `within`. */
export function expectTasks(ds: GenDataset, within: number): Map<string, Expected> {
  const { asOf } = ds;
  const all: { t: GenTask; ministry: string }[] = ds.ministries.flatMap((m) => m.tasks.map((t) => ({ t, ministry: m.code })));
  const out = new Map<string, Expected>();
  for (const { t, ministry } of all) {
    // Looking back: a completion after asOf had not happened yet, and an
    // extension approved after asOf had not yet moved the deadline.
    const statusAt = t.status === 'done' && t.completed! > asOf ? 'in_progress' : t.status;
    const pending = t.extensions.findIndex((e) => e.approved !== undefined && e.approved > asOf);
    const granted = pending < 0 ? t.extensions.length : pending;
    const deadline = pending < 0 ? t.deadline : t.extensions[pending]!.from;
    const due = deadline === undefined ? undefined : dueOf(deadline.text);
    const open = statusAt === 'not_started' || statusAt === 'in_progress';
    const overdue = open && due !== undefined && due < asOf;
    const e: Expected = {
      id: t.id,
      ministry,
      statusAt,
      open,
      extensions: granted,
      overdue,
      doneLate: statusAt === 'done' && due !== undefined && t.completed! > due,
      blocked: false,
      blocks: [],
      reasons: [],
    };
    if (due !== undefined) e.due = due;
    if (deadline !== undefined) e.deadlineText = deadline.text;
    if (granted > 0) e.originalDue = dueOf(t.extensions[0]!.from.text);
    if (overdue) e.daysOverdue = daysBetween(due!, asOf);
    else if (open && due !== undefined) e.daysLeft = daysBetween(asOf, due);
    out.set(t.id, e);
  }
  const satisfied = (s: string) => s === 'done' || s === 'recurring' || s === 'cancelled';
  // Generated in dependency order (each task depends only on earlier ones), so one pass is a fixpoint.
  for (const { t } of all) {
    const e = out.get(t.id)!;
    for (const depId of t.dependsOn) {
      const dep = out.get(depId)!;
      if (e.open && !satisfied(dep.statusAt)) e.blocked = true;
      if (e.open) dep.blocks.push(t.id);
    }
    if (!e.open || e.overdue) continue;
    if (e.daysLeft !== undefined && e.daysLeft <= within) e.reasons.push('due-soon');
    for (const depId of t.dependsOn) {
      const dep = out.get(depId)!;
      if (dep.overdue) e.reasons.push(`dependency-overdue:${depId}`);
      if (dep.open && dep.due !== undefined && e.due !== undefined && dep.due > e.due) e.reasons.push(`dependency-late:${depId}`);
      if (dep.reasons.length > 0) e.reasons.push(`dependency-at-risk:${depId}`);
    }
  }
  return out;
}

/** The at-risk window a run uses: --within, else at_risk_days in p06.yaml, else 14. */
export function windowOf(ds: GenDataset): number {
  return ds.within ?? ds.config.atRiskDays ?? 14;
}

/** Transitive closure along `next`, without the start. */
export function reach(start: string, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const n of next(queue.shift()!)) {
      if (n === start || seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}
