import { dayFromParts, endOfMonth, type Day } from './calendar.js';

// The periods of a recurring duty (SPEC §10, `every`): a month, a quarter, a
// half year or a year, the same forms a deadline can take. A period is an
// integer index (year × periods per year + position in the year), so "the
// next period" and "how many periods" are plain arithmetic.

export const EVERY = ['month', 'quarter', 'half', 'year'] as const;
export type Every = (typeof EVERY)[number];

const PER_YEAR: Record<Every, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The shape a `reported` period takes for each `every`, as a deadline would write it. */
const FORM: Record<Every, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half: /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
};

export const PERIOD_EXAMPLE: Record<Every, string> = { month: '2024-09', quarter: '2024-Q3', half: '2024-H2', year: '2024' };

/** The period index of a `reported` value in the form of `every`, or undefined when it has another form. YAML reads `2024` as a number. */
export function parsePeriod(raw: string | number, every: Every): number | undefined {
  const m = FORM[every].exec(String(raw));
  if (!m) return undefined;
  const year = Number(m[1]);
  return year * PER_YEAR[every] + (m[2] === undefined ? 0 : Number(m[2]) - 1);
}

/** The index of the period that holds a day. */
export function periodOf(day: Day, every: Every): number {
  const d = new Date(day * 86_400_000);
  const months = 12 / PER_YEAR[every];
  return d.getUTCFullYear() * PER_YEAR[every] + Math.floor(d.getUTCMonth() / months);
}

/** The last day of a period: when its report is due. */
export function periodEnd(index: number, every: Every): Day {
  const n = PER_YEAR[every];
  const year = Math.floor(index / n);
  return endOfMonth(year, (index - year * n + 1) * (12 / n));
}

/** The first day of a period. */
export function periodStart(index: number, every: Every): Day {
  const n = PER_YEAR[every];
  const year = Math.floor(index / n);
  return dayFromParts(year, (index - year * n) * (12 / n) + 1, 1);
}

/** A period as a deadline would write it: 2024-09, 2024-Q3, 2024-H2, 2024. */
export function formatPeriod(index: number, every: Every): string {
  const n = PER_YEAR[every];
  const year = Math.floor(index / n);
  const k = index - year * n + 1;
  const y = String(year).padStart(4, '0');
  switch (every) {
    case 'month':
      return `${y}-${String(k).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${k}`;
    case 'half':
      return `${y}-H${k}`;
    case 'year':
      return y;
  }
}
