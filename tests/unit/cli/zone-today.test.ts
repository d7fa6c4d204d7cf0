import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/domain/calendar.js';
import { todayInZone } from '../../../src/cli/zone-today.js';

// todayInZone reads the date through TZ and Date's local-time getters; the
// oracle here is Intl.DateTimeFormat, an independent path over ICU's rules.
const formatters = new Map<string | undefined, Intl.DateTimeFormat>();
function intlDate(zone: string | undefined, instant: number): string {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', era: 'short' });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const year = Number(part('year')) * (part('era') === 'BC' ? -1 : 1);
  return `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const today = (zone: string | undefined, iso: string) => formatDay(todayInZone(zone, new Date(iso)));

describe('todayInZone', () => {
  it.each([
    ['2024-01-31T16:59:59.999Z', 'Asia/Ho_Chi_Minh', '2024-01-31'],
    ['2024-01-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2024-02-01'],
    ['2024-02-28T17:30:00Z', 'Asia/Ho_Chi_Minh', '2024-02-29'],
    ['2024-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2025-01-01'],
    ['2024-01-31T10:00:00Z', 'Pacific/Kiritimati', '2024-02-01'],
    ['2024-01-31T10:00:00Z', 'Etc/GMT+12', '2024-01-30'],
    ['2024-01-31T23:30:00Z', 'UTC', '2024-01-31'],
    // New York: the last instant of 9 March and the first of 10 March, the day its clocks go forward at 02:00.
    ['2024-03-10T04:59:59.999Z', 'America/New_York', '2024-03-09'],
    ['2024-03-10T05:00:00Z', 'America/New_York', '2024-03-10'],
    // ... and of 3 November, when 01:00-02:00 happens twice: midnight is still at 04:00Z, the next at 05:00Z.
    ['2024-11-03T03:59:59.999Z', 'America/New_York', '2024-11-02'],
    ['2024-11-03T04:00:00Z', 'America/New_York', '2024-11-03'],
    ['2024-11-04T04:59:59.999Z', 'America/New_York', '2024-11-03'],
    ['2024-11-04T05:00:00Z', 'America/New_York', '2024-11-04'],
    // Santiago moves its clocks at midnight: 2024-09-08 starts at 01:00 (-03), there is no 00:00 that day.
    ['2024-09-08T03:59:59.999Z', 'America/Santiago', '2024-09-07'],
    ['2024-09-08T04:00:00Z', 'America/Santiago', '2024-09-08'],
    // Lord Howe Island moves by half an hour (to +10:30 on 7 April); Chatham is UTC+12:45 / +13:45; Kathmandu +05:45.
    ['2024-04-07T13:29:59.999Z', 'Australia/Lord_Howe', '2024-04-07'],
    ['2024-04-07T13:30:00Z', 'Australia/Lord_Howe', '2024-04-08'],
    ['2024-01-31T10:14:59.999Z', 'Pacific/Chatham', '2024-01-31'],
    ['2024-01-31T10:15:00Z', 'Pacific/Chatham', '2024-02-01'],
    ['2024-01-31T18:14:59.999Z', 'Asia/Kathmandu', '2024-01-31'],
    ['2024-01-31T18:15:00Z', 'Asia/Kathmandu', '2024-02-01'],
    // Intl takes a zone's name in any case, TZ does not (it would read UTC): the date still comes out right.
    ['2024-01-31T17:00:00Z', 'asia/ho_chi_minh', '2024-02-01'],
    ['2024-01-31T16:59:59.999Z', 'ASIA/HO_CHI_MINH', '2024-01-31'],
    // London is at UTC+0 in winter, +1 in summer.
    ['2024-01-31T23:59:59.999Z', 'Europe/London', '2024-01-31'],
    ['2024-07-31T23:00:00Z', 'Europe/London', '2024-08-01'],
    // Samoa skipped 30 December 2011 when it crossed the date line.
    ['2011-12-30T09:59:59.999Z', 'Pacific/Apia', '2011-12-29'],
    ['2011-12-30T10:00:00Z', 'Pacific/Apia', '2011-12-31'],
  ])('%s in %s is %s', (iso, zone, date) => {
    expect(today(zone, iso)).toBe(date);
    expect(intlDate(zone, Date.parse(iso))).toBe(date);
  });

  it('the machine’s own zone when none is configured', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(today(undefined, '2024-01-31T10:00:00Z')).toBe('2024-02-01');
      expect(today('Etc/GMT+12', '2024-01-31T10:00:00Z')).toBe('2024-01-30');
      // and TZ is as it was afterwards
      expect(process.env.TZ).toBe('Pacific/Kiritimati');
      expect(new Date('2024-01-31T10:00:00Z').getDate()).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('leaves TZ unset when it was unset', () => {
    const saved = process.env.TZ;
    delete process.env.TZ;
    try {
      today('Asia/Tokyo', '2024-01-31T10:00:00Z');
      expect('TZ' in process.env).toBe(false);
    } finally {
      if (saved !== undefined) process.env.TZ = saved;
    }
  });

  const zones = Intl.supportedValuesOf('timeZone');

  // Clocks that move forward or back (at 02:00, at midnight, by half an hour), odd offsets, both ends of the date line.
  const edgeZones = ['America/New_York', 'America/Santiago', 'America/Havana', 'America/Asuncion', 'America/St_Johns', 'Europe/London', 'Europe/Chisinau', 'Asia/Beirut', 'Asia/Tehran', 'Asia/Ho_Chi_Minh', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Pacific/Kiritimati', 'Etc/GMT+12'];

  it.each(edgeZones)('agrees with Intl in %s 1 ms either side of every change of date in 2024', (zone) => {
    const step = 6 * 3_600_000;
    const start = Date.UTC(2023, 11, 30);
    const end = Date.UTC(2025, 0, 2);
    {
      let before = intlDate(zone, start);
      for (let t = start; t < end; t += step) {
        const date = intlDate(zone, t);
        if (date !== before) {
          // the change lies in (t - step, t]: find it to the millisecond
          let lo = t - step;
          let hi = t;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (intlDate(zone, mid) === before) lo = mid;
            else hi = mid;
          }
          for (const at of [lo, hi]) expect([zone, at, formatDay(todayInZone(zone, new Date(at)))]).toEqual([zone, at, intlDate(zone, at)]);
          before = date;
        }
      }
    }
  });

  it('agrees with Intl at any instant from 1800 to 2200 in any zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }), (zone, at) => {
        expect(formatDay(todayInZone(zone, new Date(at)))).toBe(intlDate(zone, at));
      }),
      { numRuns: 1000 },
    );
  });
});
