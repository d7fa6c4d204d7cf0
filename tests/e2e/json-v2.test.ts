import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// SPEC §15: what the JSON of every report says of a task and a ministry,
// on a small data folder that uses the fields of SPEC §10.

const MOHA = `ministry:
  code: MOHA
  name: Ministry of Home Affairs
  name_vi: Bộ Nội vụ
  abbr_vi: BNV
tasks:
  - id: MOHA-01
    title: Connect the civil servant records
    owner: Department of Civil Servants
    leader: Deputy Minister A
    deadline: 2023-06
    status: in_progress
    result: Records connected
    assigned: 2022-01-10
    assigned_by: Notice 35/TB-VPCP
    refs: [Decree 59/2022/ND-CP]
    obstacle: Waiting for the amended law
    extensions:
      - from: 2022-12
        reason: the law changed
        approved: 2022-11-20
  - id: MOHA-02
    title: Report on the records every quarter
    owner: Ministry Office
    status: recurring
    every: quarter
    reported: 2023-Q2
    result: Quarterly reports sent
  - id: MOHA-03
    title: Publish the records
    owner: Ministry Office
    deadline: 2024-12
    status: not_started
    result: Records published
    depends_on: [THANHHOA-03]
`;

const THANHHOA = `ministry:
  code: THANHHOA
  name: Thanh Hoa Province
  kind: province
tasks:
  - id: THANHHOA-01
    title: Digitise the registers
    owner: Department of Justice
    deadline: 2024-02-10
    status: in_progress
    result: Registers digitised
  - id: THANHHOA-02
    title: Train the communes
    owner: Department of Home Affairs
    deadline: 2023-03
    status: done
    completed: 2023-03-20
    result: Communes trained
  - id: THANHHOA-03
    title: Send the registers
    owner: Department of Justice
    deadline: 2024-06
    status: not_started
    result: Registers sent
`;

const dir = tempData({ 'p06.yaml': 'timezone: Asia/Ho_Chi_Minh\n', 'data/moha.yaml': MOHA, 'data/thanhhoa.yaml': THANHHOA });
afterAll(removeTempDirs);

const AS_OF = ['--as-of', '2024-02-01'];
type Json = Record<string, any>;
async function json(args: string[]): Promise<Json> {
  const r = await runMain([...args, ...AS_OF, '--json'], { cwd: dir });
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

describe.concurrent('JSON, second version (SPEC §15)', () => {
  it('a task says everything its file says, null where absent, and its one computed state', async () => {
    const tasks = (await json(['list'])).tasks as Json[];
    const byId = Object.fromEntries(tasks.map((t) => [t.id, t]));
    expect(byId['MOHA-01']).toMatchObject({
      deadline: '2023-06',
      due: '2023-06-30',
      original_due: '2022-12-31',
      // The work first fell due in 2022, before the extension: "behind since 2022".
      first_due_year: 2022,
      state: 'overdue',
      assigned: '2022-01-10',
      assigned_by: 'Notice 35/TB-VPCP',
      leader: 'Deputy Minister A',
      refs: ['Decree 59/2022/ND-CP'],
      obstacle: 'Waiting for the amended law',
      completed: null,
      result: 'Records connected',
      source: null,
      notes: null,
      coordinating: [],
    });
    expect(byId['MOHA-03']).toMatchObject({ state: 'blocked', leader: null, refs: [], obstacle: null, assigned: null, first_due_year: 2024 });
    expect(byId['THANHHOA-01']).toMatchObject({ state: 'at_risk' });
    expect(byId['THANHHOA-02']).toMatchObject({ state: null, completed: '2023-03-20', status: 'done' });
    // A recurring duty with a period: 2023-Q3 and Q4 have ended unreported.
    expect(byId['MOHA-02']).toMatchObject({ every: 'quarter', reported: '2023-Q2', missing_periods: 2, state: 'overdue', first_due_year: 2023 });
    // Every task has the same keys, but for the three a duty with a period adds.
    const plain = (t: Json) => Object.keys(t).filter((k) => !['every', 'reported', 'missing_periods'].includes(k)).sort();
    for (const t of tasks) expect(plain(t)).toEqual(plain(tasks[0]!));
    expect('every' in byId['MOHA-01']!).toBe(false);
  });

  it('the summary: each row names the body in both languages and its kind; overdue by first-due year; subtotals per kind', async () => {
    const doc = await json(['summary']);
    expect((doc.rows as Json[]).map((r) => [r.ministry, r.name_vi, r.abbr_vi, r.kind, r.merged_into, r.total])).toEqual([
      ['MOHA', 'Bộ Nội vụ', 'BNV', 'ministry', null, 3],
      ['THANHHOA', null, null, 'province', null, 3],
    ]);
    expect(doc.overdue_by_first_due_year).toEqual({ '2022': 1, '2023': 1 });
    expect(doc.subtotals.ministry).toMatchObject({ total: 3, overdue: 2, recurring: 1 });
    expect(doc.subtotals.province).toMatchObject({ total: 3, done: 1, at_risk: 1, percent_done: 33.3 });
    expect(Object.keys(doc.subtotals).sort()).toEqual(['ministry', 'province']);
  });

  it('the overdue report shows the year the work first fell due', async () => {
    const r = await runMain(['overdue', ...AS_OF, '--format', 'markdown'], { cwd: dir });
    expect(r.stdout).toContain('| MOHA-01 | MOHA | Connect the civil servant records | Department of Civil Servants | 2023-06 (due 2023-06-30) | 216 | 2022 | 1 |   |');
  });
});
