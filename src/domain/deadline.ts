import { endOfMonth, parseDay, type Day } from './calendar.js';

/** A deadline as written, and the last day of the period it names. */
export interface Deadline {
  text: string;
  due: Day;
}

/** The five forms of SPEC §2.3, by shape only; whether the day exists is checked by parseDeadline. */
export const DEADLINE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?|-Q[1-4]|-H[12])?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A deadline's due date, or undefined for a day that does not exist. YAML reads `2025` as a number. */
export function parseDeadline(raw: string | number): Deadline | undefined {
  const text = String(raw);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  let due: Day | undefined;
  if (m[3] !== undefined) due = parseDay(text);
  else if (m[2] !== undefined) due = Number(m[2]) >= 1 && Number(m[2]) <= 12 ? endOfMonth(year, Number(m[2])) : undefined;
  else if (m[4] !== undefined) due = endOfMonth(year, Number(m[4]) * 3);
  else if (m[5] !== undefined) due = endOfMonth(year, Number(m[5]) * 6);
  else due = endOfMonth(year, 12);
  return due === undefined ? undefined : { text, due };
}
