import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/calendar.js';
import { parseDeadline } from '../../../src/domain/deadline.js';
import { en } from '../../../src/i18n/en.js';
import { vi } from '../../../src/i18n/vi.js';

const day = (text: string) => parseDay(text)!;

/** Every key path of a catalogue, with what sits there (a function's arity, or the kind of value). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value === 'object' && value !== null) return Object.keys(value).sort().flatMap((k) => shape((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

describe('the catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(shape(vi)).toEqual(shape(en));
  });

  it('Vietnamese says a different thing for every text key but the few that are the same in both', () => {
    const same = shape(en).filter((k) => k.endsWith(':string')).map((k) => k.replace(/:string$/, '')).filter((k) => {
      const get = (o: unknown) => k.split('.').reduce((v, p) => (v as Record<string, unknown>)[p], o);
      return get(en) === get(vi);
    });
    expect(same).toEqual([]);
  });
});

describe('Vietnamese dates, deadlines and numbers (GLOSSARY.md)', () => {
  it.each([
    ['2024-01-31', '31/01/2024'],
    ['2024-03', 'tháng 03/2024 (hạn 31/03/2024)'],
    ['2024-Q1', 'quý I/2024 (hạn 31/03/2024)'],
    ['2024-Q4', 'quý IV/2024 (hạn 31/12/2024)'],
    ['2024-H1', '6 tháng đầu năm 2024 (hạn 30/06/2024)'],
    ['2024-H2', '6 tháng cuối năm 2024 (hạn 31/12/2024)'],
    [2025, 'năm 2025 (hạn 31/12/2025)'],
  ] as const)('deadline %s → %s', (raw, text) => {
    expect(vi.deadline(parseDeadline(raw))).toBe(text);
  });

  it.each([
    ['2024-01-25', '25/01/2024', 'ngày 25 tháng 01 năm 2024'],
    ['2025-02-13', '13/02/2025', 'ngày 13 tháng 02 năm 2025'],
    ['0099-12-31', '31/12/0099', 'ngày 31 tháng 12 năm 0099'],
  ])('%s → %s in a table, %s in a heading', (iso, short, long) => {
    expect(vi.day(day(iso))).toBe(short);
    expect(vi.longDay(day(iso))).toBe(long);
  });

  it('keeps the day whatever the machine time zone is (the date is built from its parts)', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Ho_Chi_Minh', 'UTC']) {
        process.env.TZ = tz;
        expect(vi.day(day('2024-03-31'))).toBe('31/03/2024');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each([
    [50.4, '50,4 %'],
    [0, '0,0 %'],
    [100, '100,0 %'],
  ])('percent %d → %s', (p, text) => {
    expect(vi.percent(p)).toBe(text);
  });

  it('numbers have a dot between thousands: 1.234 nhiệm vụ', () => {
    expect(vi.tasks(1234)).toBe('1.234 nhiệm vụ');
  });

  it.each([
    [{ code: 'due-soon', daysLeft: 0, due: day('2024-02-01') }, 'đến hạn hôm nay (01/02/2024)'],
    [{ code: 'due-soon', daysLeft: 14, due: day('2024-02-15') }, 'còn 14 ngày đến hạn (15/02/2024)'],
    [{ code: 'dependency-overdue', task: 'MOF-03', daysOverdue: 1 }, 'đang chờ MOF-03 (đã quá hạn 1 ngày)'],
    [{ code: 'dependency-late', task: 'GO-1', due: day('2024-12-31') }, 'đang chờ GO-1 (hạn hoàn thành muộn hơn: 31/12/2024)'],
    [{ code: 'dependency-at-risk', task: 'MOJ-02' }, 'đang chờ MOJ-02 (đang có nguy cơ chậm)'],
  ] as const)('reason %j', (reason, text) => {
    expect(vi.reason(reason)).toBe(text);
  });
});
