import ical, { ICalEventTransparency } from 'ical-generator';
import { formatDay, type Day } from '../domain/calendar.js';
import type { CalendarEvent } from './calendar-events.js';
import { oneLine, safeMultiline } from './sanitize.js';

export interface IcsOptions {
  /** X-WR-CALNAME (and RFC 7986 NAME): the programme and the filter. */
  name: string;
  asOf: Day;
}

const MS_PER_DAY = 86_400_000;

/** Midnight UTC of a day: ical-generator writes an all-day date from the UTC fields, whatever TZ is. */
const utc = (day: Day) => new Date(day * MS_PER_DAY);

/**
 * An RFC 5545 calendar (ical-generator: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT escaped). Byte-identical
 * for the same data and as-of: DTSTAMP is the as-of day at midnight UTC
 * rather than the wall clock, and nothing else depends on when it runs.
 */
export function formatIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const calendar = ical({
    name: oneLine(options.name),
    description: `Deadlines as of ${formatDay(options.asOf)}`,
    prodId: { company: 'p06', product: 'p06', language: 'EN' },
  });
  const stamp = utc(options.asOf);
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: utc(e.day),
      end: utc(e.day + 1),
      allDay: true,
      stamp,
      sequence: e.sequence,
      summary: oneLine(e.summary),
      description: safeMultiline(e.description),
      categories: e.categories.map((name) => ({ name: oneLine(name) })),
      // A deadline marks a day; it does not make anyone busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return calendar.toString() + '\r\n';
}
