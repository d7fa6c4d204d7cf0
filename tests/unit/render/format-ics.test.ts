import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarReport } from '../../../src/reports/calendar.js';
import { calendarEvents } from '../../../src/render/calendar-events.js';
import { formatIcs } from '../../../src/render/format-ics.js';
import { en } from '../../../src/i18n/en.js';
import { vi } from '../../../src/i18n/vi.js';
import { parsePeriod, type Every } from '../../../src/domain/period.js';
import type { TaskRecord } from '../../../src/domain/records.js';
import { dataset, day, task } from '../../helpers/task-records.js';

// Each calendar is read back with ical.js, an independent RFC 5545 parser.

const LONG_VI = 'Tổng hợp lộ trình cắt giảm, đơn giản hóa thủ tục hành chính của các bộ, ngành để trình Thủ tướng Chính phủ xem xét, quyết định; "đợt 2" \\ xong';

/** A recurring duty reporting every period, as the YAML writes `every`, `reported` and `assigned`. */
function duty(id: string, every: Every, reported?: string, assigned?: string): TaskRecord {
  const record: TaskRecord = { ...task(id, { status: 'recurring' }), every };
  if (reported !== undefined) record.reported = { text: reported, period: parsePeriod(reported, every)! };
  if (assigned !== undefined) record.assigned = day(assigned);
  return record;
}

const ds = dataset('2024-02-01', [
  task('MOF-1', { deadline: '2024-01-31', owner: 'Vụ Pháp chế' }),
  task('GO-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10' }),
  task('MOJ-1', { deadline: '2024-Q2', depends_on: ['MOF-1', 'GO-1'], title: LONG_VI, result: 'Báo cáo Thủ tướng', extensions: [{ from: '2024-03', reason: 'waiting' }] }),
  task('MOJ-2', { status: 'not_started', deadline: '2024-12', depends_on: ['MOJ-1'] }),
  task('MIC-1', { status: 'cancelled', deadline: '2024-03' }),
  task('VSS-1', { status: 'recurring' }),
  task('MPS-1', { deadline: '2024-06-30', title: 'Bell \u0007 and \u202e bidi' }),
]);

const ics = (filter = {}, data = ds, w = en) =>
  formatIcs(calendarEvents(calendarReport(data, filter), data, w), { name: w.exports.calendarName(undefined), description: w.exports.calendarDescription(w.longDay(data.asOf)), asOf: data.asOf });

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
      'Blocks: MOJ-2',
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

describe('recurring duties (every): each missed period, then the coming ones as one repeating event', () => {
  // As of 2024-08-20: MOLISA-3 last reported 2024-Q1, so Q2 (ended 30 June) is missing and Q3 is current;
  // VSS-2 reported the current month already; MOH-1 was assigned in 2023-H2 and never reported;
  // GO-1 has no `reported` or `assigned`: only its coming reports are known.
  const data = dataset('2024-08-20', [
    duty('MOLISA-3', 'quarter', '2024-Q1'),
    duty('VSS-2', 'month', '2024-08'),
    duty('MOH-1', 'half', undefined, '2023-09-15'),
    duty('GO-1', 'year'),
    task('VSS-1', { status: 'recurring' }),
  ]);
  const { events } = parse(ics({}, data));
  const byUid = new Map(events.map((e) => [e.uid, e]));
  /** The first `n` dates ical.js expands a repeating event to. */
  function occurrences(uid: string, n: number): string[] {
    const it = byUid.get(uid)!.iterator();
    const out: string[] = [];
    for (let next = it.next(); next !== undefined && out.length < n; next = it.next()) out.push(next.toString());
    return out;
  }

  it('a missed period is its own all-day event on the period’s last day; the series starts at the first period not yet reported', () => {
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.isRecurring()])).toEqual([
      ['MOH-1.2023-H2@p06', '2023-12-31', false],
      ['MOH-1.2024-H1@p06', '2024-06-30', false],
      ['MOLISA-3.2024-Q2@p06', '2024-06-30', false],
      ['MOLISA-3@p06', '2024-09-30', true],
      ['VSS-2@p06', '2024-09-30', true],
      ['GO-1@p06', '2024-12-31', true],
      ['MOH-1@p06', '2024-12-31', true],
    ]);
  });

  it('the series comes back on the last day of every period, read back by ical.js', () => {
    expect(occurrences('MOLISA-3@p06', 5)).toEqual(['2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30']);
    expect(occurrences('VSS-2@p06', 7)).toEqual(['2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31']);
    expect(occurrences('MOH-1@p06', 3)).toEqual(['2024-12-31', '2025-06-30', '2025-12-31']);
    expect(occurrences('GO-1@p06', 3)).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
    expect(byUid.get('MOLISA-3@p06')!.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1');
  });

  it('says which report is missing and since when; the series says how many are', () => {
    const missed = byUid.get('MOLISA-3.2024-Q2@p06')!;
    expect(missed.summary).toBe('MOLISA-3 (2024-Q2): Task MOLISA-3');
    expect(missed.description.split('\n').slice(3)).toEqual(['The report for 2024-Q2 was not received: overdue by 51 days as of 2024-08-20']);
    expect(missed.component.getFirstProperty('categories')!.getValues()).toEqual(['MOLISA', 'Overdue']);
    expect(byUid.get('MOH-1@p06')!.description.split('\n').slice(3)).toEqual(['A report at the end of each half year, from 2024-H2', 'Status: recurring; 2 periods not reported']);
    expect(byUid.get('VSS-2@p06')!.description.split('\n').slice(3)).toEqual(['A report at the end of each month, from 2024-09', 'Status: recurring']);
  });

  it('the series’ SEQUENCE grows as reports move its first date on', () => {
    const later = dataset('2024-08-20', [duty('MOLISA-3', 'quarter', '2024-Q3')]);
    const [moved] = parse(ics({}, later)).events;
    expect([moved!.uid, moved!.startDate.toString()]).toEqual(['MOLISA-3@p06', '2024-12-31']);
    expect(moved!.sequence).toBeGreaterThan(byUid.get('MOLISA-3@p06')!.sequence);
  });

  it('at risk: the current period ends within the window and is not reported', () => {
    const soon = parse(ics({}, dataset('2024-09-20', [duty('MOLISA-3', 'quarter', '2024-Q2')]))).events[0]!;
    expect(soon.description).toContain('Status: recurring; at risk as of 2024-09-20: due in 10 days (2024-09-30)');
    expect(soon.component.getFirstProperty('categories')!.getValues()).toEqual(['MOLISA', 'At risk']);
  });
});

describe('in Vietnamese', () => {
  const data = dataset('2024-08-20', [duty('MOLISA-3', 'quarter', '2024-Q1'), task('MOJ-1', { deadline: '2024-Q4', extensions: [{ from: '2024-09', reason: 'chờ' }] })]);
  const { vcalendar, events } = parse(ics({}, data, vi));
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('names the calendar and says every line in the programme’s own words', () => {
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Thời hạn nhiệm vụ Đề án 06');
    expect(vcalendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Thời hạn nhiệm vụ tính đến ngày 20 tháng 08 năm 2024');
    expect(byUid.get('MOJ-1@p06')!.description.split('\n').slice(1)).toEqual([
      'Cơ quan: MOJ (Ministry MOJ)',
      'Đơn vị chủ trì: Ministry Office',
      'Thời hạn: quý IV/2024 (hạn 31/12/2024)',
      'Trạng thái: đang thực hiện',
      'Đã gia hạn 1 lần; thời hạn ban đầu 30/09/2024',
    ]);
    const missed = byUid.get('MOLISA-3.2024-Q2@p06')!;
    expect(missed.summary).toBe('MOLISA-3 (quý II/2024): Task MOLISA-3');
    expect(missed.description.split('\n').at(-1)).toBe('Chưa báo cáo quý II/2024: quá hạn 51 ngày tính đến 20/08/2024');
    expect(missed.component.getFirstProperty('categories')!.getValues()).toEqual(['MOLISA', 'Quá hạn']);
    expect(byUid.get('MOLISA-3@p06')!.description.split('\n').slice(3)).toEqual(['Báo cáo vào ngày cuối cùng của mỗi quý, từ quý III/2024', 'Trạng thái: thực hiện thường xuyên; chưa báo cáo 1 kỳ']);
  });
});
