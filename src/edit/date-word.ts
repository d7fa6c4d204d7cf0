import { formatDay, parseDay, type Day } from '../domain/calendar.js';

/** `today`, `tomorrow` or a real YYYY-MM-DD day, as YYYY-MM-DD; undefined for anything else. */
export function dateWord(text: string, today: Day): string | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'today') return formatDay(today);
  if (word === 'tomorrow') return formatDay(today + 1);
  return parseDay(text.trim()) === undefined ? undefined : text.trim();
}
