import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarReport } from '../../../src/reports/calendar.js';
import { calendarEvents } from '../../../src/render/calendar-events.js';
import { formatIcs } from '../../../src/render/format-ics.js';
import { en } from '../../../src/i18n/en.js';
import { dataset, task } from '../../helpers/task-records.js';

// Each calendar is read back with ical.js, an independent RFC 5545 parser.

const LONG_VI = 'Tổng hợp lộ trình cắt giảm, đơn giản hóa thủ tục hành chính của các bộ, ngành để trình Thủ tướng Chính phủ xem xét, quyết định; "đợt 2" \\ xong';

const ds = dataset('2024-02-01', [
  task('MOF-1', { deadline: '2024-01-31', owner: 'Vụ Pháp chế' }),
  task('GO-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10' }),
  task('MOJ-1', { deadline: '2024-Q2', depends_on: ['MOF-1', 'GO-1'], title: LONG_VI, result: 'Báo cáo Thủ tướng', extensions: [{ from: '2024-03', reason: 'waiting' }] }),
  task('MOJ-2', { status: 'not_started', deadline: '2024-12', depends_on: ['MOJ-1'] }),
  task('MIC-1', { status: 'cancelled', deadline: '2024-03' }),
  task('VSS-1', { status: 'recurring' }),
  task('MPS-1', { deadline: '2024-06-30', title: 'Bell \u0007 and \u202e bidi' }),
]);

const ics = (filter = {}) => formatIcs(calendarEvents(calendarReport(ds, filter), ds, en), { name: 'Project 06 deadlines', asOf: ds.asOf });

function parse(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const events = vcalendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { vcalendar, events };
}

describe('formatIcs, read back with ical.js', () => {
  const text = ics();
  const { vcalendar, events } = parse(text);
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('one all-day event per open task, on its due date, with a stable uid', () => {
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.endDate.toString()])).toEqual([
      ['MOF-1@p06', '2024-01-31', true, '2024-02-01'],
      ['MOJ-1@p06', '2024-06-30', true, '2024-07-01'],
      ['MPS-1@p06', '2024-06-30', true, '2024-07-01'],
      ['MOJ-2@p06', '2024-12-31', true, '2025-01-01'],
    ]);
  });

  it('keeps Vietnamese intact through escaping and line folding', () => {
    const e = byUid.get('MOJ-1@p06')!;
    expect(e.summary).toBe(`MOJ-1: ${LONG_VI}`);
    expect(e.description.split('\n')).toEqual([
      `MOJ-1: ${LONG_VI}`,
      'Ministry: MOJ (Ministry MOJ)',
      'Owner: Ministry Office',
      'Deadline: 2024-Q2 (due 2024-06-30)',
      'Status: in progress; at risk as of 2024-02-01: waits on MOF-1, overdue by 1 day',
      'Extended 1 time; first due 2024-03-31',
      'Result: Báo cáo Thủ tướng',
      'Depends on: MOF-1, GO-1',
      'Holds up: MOJ-2',
    ]);
    expect(byUid.get('MOF-1@p06')!.description).toContain('Owner: Vụ Pháp chế');
  });

  it('names the calendar, derives DTSTAMP from the as-of date, and counts extensions in SEQUENCE', () => {
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Project 06 deadlines');
    const e = byUid.get('MOJ-1@p06')!;
    expect(e.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-02-01T00:00:00Z');
    expect(e.sequence).toBe(1);
    expect(byUid.get('MOF-1@p06')!.component.getFirstProperty('categories')!.getValues()).toEqual(['MOF', 'Overdue']);
  });

  it('control characters and bidi overrides are shown, never passed on raw', () => {
    expect(byUid.get('MPS-1@p06')!.summary).toBe('MPS-1: Bell \\x07 and \\u202E bidi');
  });

  it('CRLF after every line, the last too, and no line over 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long title was folded
  });

  it('byte-identical for the same data and as-of, whatever the time zone or clock', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    const again = ics();
    process.env.TZ = tz;
    expect(again).toBe(text);
  });

  it('a filter narrows the events', () => {
    expect(parse(ics({ ministries: ['MOJ'] })).events.map((e) => e.uid)).toEqual(['MOJ-1@p06', 'MOJ-2@p06']);
  });

  it('no open task: a valid, empty calendar', () => {
    const empty = parse(ics({ owner: 'nobody' }));
    expect(empty.events).toEqual([]);
    expect(empty.vcalendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
