import ical, { ICalEventRepeatingFreq, ICalEventTransparency, type ICalRepeatingOptions } from 'ical-generator';
import type { Day } from '../domain/calendar.js';
import type { Every } from '../domain/period.js';
import type { CalendarEvent } from './calendar-events.js';
import { oneLine, safeMultiline } from './sanitize.js';

export interface IcsOptions {
  /** X-WR-CALNAME (and RFC 7986 NAME): the programme and the filter. */
  name: string;
  /** X-WR-CALDESC: what the calendar holds, as of when. */
  description: string;
  asOf: Day;
}

/**
 * The end of every period, from DTSTART (itself a period's last day): the
 * last day of every month, of every third or sixth month, or every year on
 * 31 December. BYMONTHDAY=-1 is the month's last day whatever its length.
 */
const RRULE: Record<Every, ICalRepeatingOptions> = {
  month: { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay: [-1] },
  quarter: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3, byMonthDay: [-1] },
  half: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 6, byMonthDay: [-1] },
  year: { freq: ICalEventRepeatingFreq.YEARLY },
};

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
    description: oneLine(options.description),
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
      ...(e.repeat === undefined ? {} : { repeating: RRULE[e.repeat] }),
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return calendar.toString() + '\r\n';
}
