import { afterAll, describe, expect, it } from 'vitest';
import { formatDay, todayIn } from '../../src/domain/calendar.js';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// "Today" is the date on the wall clock of the configured zone (SPEC §2.5, §3),
// else of the machine's own zone: never UTC midnight.

const HANOI = 'Asia/Ho_Chi_Minh';

describe('todayIn', () => {
  // instant, zone → the date there
  it.each([
    ['2024-01-31T23:30:00Z', HANOI, '2024-02-01'],
    ['2024-01-31T23:30:00Z', 'UTC', '2024-01-31'],
    ['2024-01-31T23:30:00Z', 'America/New_York', '2024-01-31'],
    ['2024-01-31T16:59:59Z', HANOI, '2024-01-31'], // 23:59:59 in Hanoi
    ['2024-01-31T17:00:00Z', HANOI, '2024-02-01'], // midnight in Hanoi, still 31 January in UTC
    ['2024-02-01T04:59:59Z', 'America/New_York', '2024-01-31'],
    ['2024-02-01T05:00:00Z', 'America/New_York', '2024-02-01'],
    ['2024-02-28T17:30:00Z', HANOI, '2024-02-29'], // a leap day
    ['2024-12-31T17:00:00Z', HANOI, '2025-01-01'],
    ['2024-01-31T10:00:00Z', 'Pacific/Kiritimati', '2024-02-01'], // UTC+14
    ['2024-01-31T10:00:00Z', 'Etc/GMT+12', '2024-01-30'], // UTC-12
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(formatDay(todayIn(zone, new Date(instant)))).toBe(date);
  });
});

/** The calendar date in `zone` at `now`, read with Intl independently of src/. */
function dateIn(zone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const MINISTRY = `ministry:
  code: MPS
  name: Ministry of Public Security
tasks:
  - id: MPS-1
    title: Issue the chip-based identity cards
    owner: Police Department
    deadline: 2030-12-31
    status: in_progress
    result: Cards issued
`;

// Between them these zones disagree with Hanoi on the date at every instant:
// UTC-12 for 19 hours of Hanoi's day, UTC+14 for the other 5 (and more).
const ZONES = ['Etc/GMT+12', 'UTC', 'Pacific/Kiritimati'];

// 10:00 UTC on 31 January 2024 is 17:00 in Hanoi: 30 January at UTC-12,
// 1 February at UTC+14.
const INSTANT = new Date('2024-01-31T10:00:00Z');
const AT_INSTANT: Record<string, string> = { 'Etc/GMT+12': '2024-01-30', UTC: '2024-01-31', 'Pacific/Kiritimati': '2024-02-01' };

describe('the report date follows the configured zone, else the machine’s (TZ)', () => {
  afterAll(removeTempDirs);
  const configured = tempData({ 'p06.yaml': `timezone: ${HANOI}\n`, 'data/mps.yaml': MINISTRY });
  // In the temporary folder's tree there is no p06.yaml: the machine's zone decides.
  const unconfigured = tempData({ 'data/mps.yaml': MINISTRY });

  /** as_of of `p06 summary --json` run by main() at INSTANT on a machine whose TZ is `tz` (put back afterwards). */
  async function asOfInProcess(cwd: string, tz: string, args: string[] = []): Promise<string> {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      const result = await runMain(['summary', '--json', ...args], { cwd, now: INSTANT });
      expect({ exitCode: result.exitCode, stderr: result.stderr }).toEqual({ exitCode: 0, stderr: '' });
      return (JSON.parse(result.stdout) as { as_of: string }).as_of;
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }

  it.each(ZONES)('with timezone: Asia/Ho_Chi_Minh in p06.yaml and TZ=%s: the date in Hanoi', async (tz) => {
    expect(await asOfInProcess(configured, tz)).toBe('2024-01-31');
  });

  it.each(ZONES)('without p06.yaml and TZ=%s: the date in that zone', async (tz) => {
    expect(await asOfInProcess(unconfigured, tz)).toBe(AT_INSTANT[tz]);
  });

  it('--as-of wins over every clock', async () => {
    expect(await asOfInProcess(configured, 'Pacific/Kiritimati', ['--as-of', '2024-02-01'])).toBe('2024-02-01');
  });

  // The built binary on the real clock, with TZ set in its environment as a
  // user's shell sets it: the zone that node starts in.
  describe('a real process', () => {
    /** as_of of a summary run now, and the dates in Hanoi and in TZ just before and just after it. */
    async function run(cwd: string, tz: string) {
      const before = new Date();
      const result = await runCli(['summary', '--json'], { cwd, env: { TZ: tz } });
      const after = new Date();
      expect({ exitCode: result.exitCode, stderr: result.stderr }).toEqual({ exitCode: 0, stderr: '' });
      const asOf = (JSON.parse(result.stdout) as { as_of: string }).as_of;
      return { asOf, hanoi: [dateIn(HANOI, before), dateIn(HANOI, after)], local: [dateIn(tz, before), dateIn(tz, after)] };
    }

    it('one of these zones disagrees with Hanoi now, so the two runs below cannot both pass by chance', () => {
      const now = new Date();
      expect(['Etc/GMT+12', 'Pacific/Kiritimati'].some((zone) => dateIn(zone, now) !== dateIn(HANOI, now))).toBe(true);
    });

    it.concurrent.each([
      ['with timezone: Asia/Ho_Chi_Minh in p06.yaml and TZ=Etc/GMT+12: the date in Hanoi', 'Etc/GMT+12', true],
      ['without p06.yaml and TZ=Pacific/Kiritimati: the date in that zone', 'Pacific/Kiritimati', false],
    ] as const)('%s', async (_name, tz, inHanoi) => {
      const { asOf, hanoi, local } = await run(inHanoi ? configured : unconfigured, tz);
      expect(inHanoi ? hanoi : local).toContain(asOf);
    });
  });
});
