// Calendar dates as whole day numbers (days since 1970-01-01). Deadlines have
// no time of day and no zone, so arithmetic on integers cannot drift by an
// hour the way local-time Date objects do.

export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day, by setUTCFullYear: Date.UTC would read the years 0 to 99 as 1900 to 1999. */
function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(utcMs(year, month, day) / MS_PER_DAY);
}

/** The day of a `YYYY-MM-DD` text, or undefined when no such day exists (2024-02-30). */
export function parseDay(text: string): Day | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromParts(year, month, day);
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** Last day of a month (1-12) of a year. */
export function endOfMonth(year: number, month: number): Day {
  return dayFromParts(year, month, daysInMonth(year, month));
}

/**
 * Today's calendar date in an IANA time zone, read from the wall clock there
 * with Intl (not from UTC midnight): at 06:00 in Hanoi it is already today.
 */
export function todayIn(timeZone: string | undefined, now: Date): Day {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return dayFromParts(get('year'), get('month'), get('day'));
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
