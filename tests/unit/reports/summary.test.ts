import { describe, expect, it } from 'vitest';
import { percentDone, summary, summaryReport, type SummaryCounts } from '../../../src/reports/summary.js';
import { vi } from '../../../src/i18n/vi.js';
import type { Status } from '../../../src/validate/schemas.js';
import type { MinistryRecord, TaskRecord } from '../../../src/domain/records.js';
import { buildDataset } from '../../../src/model/dataset.js';
import { dataset, day, ministriesOf, task } from '../../helpers/task-records.js';

const STATUS_KEYS = ['done', 'in_progress', 'not_started', 'recurring', 'cancelled'] as const;
const COUNT_KEYS = ['total', 'done', 'done_late', 'in_progress', 'not_started', 'recurring', 'cancelled', 'overdue', 'at_risk', 'extended'] as const;

/** `n` tasks of one status for a ministry, numbered from `from`. */
function many(code: string, status: Status, n: number, from = 1): TaskRecord[] {
  return Array.from({ length: n }, (_, i) =>
    task(`${code}-${from + i}`, status === 'done' ? { status, deadline: '2024-12-31', completed: '2024-01-10' } : status === 'recurring' ? { status } : { status, deadline: '2024-12-31' }),
  );
}

const statusSum = (c: SummaryCounts) => STATUS_KEYS.reduce((sum, k) => sum + c[k], 0);

describe('percentDone', () => {
  // done, total, cancelled → percent, one decimal
  it.each([
    [348, 690, 0, 50.4], // the 2024 review's "50%"
    [0, 0, 0, 0],
    [0, 5, 5, 0], // nothing counts
    [1, 3, 0, 33.3],
    [2, 3, 0, 66.7],
    [1, 2, 1, 100],
    [1, 4, 2, 50],
    [1, 16, 0, 6.3], // 6.25 rounds half up
    [5, 5, 0, 100],
    [0, 7, 0, 0],
  ])('%i done of %i with %i cancelled → %d', (done, total, cancelled, expected) => {
    expect(percentDone(done, total, cancelled)).toBe(expected);
  });
});

describe('summaryReport', () => {
  it('gives 50.4 for the 2024 review: 690 tasks, 348 done, 119 recurring, 184 in progress, 39 not started', () => {
    const records = [
      ...many('MPS', 'done', 200),
      ...many('MPS', 'recurring', 119, 201),
      ...many('MOJ', 'done', 148),
      ...many('MOJ', 'in_progress', 184, 149),
      ...many('GO', 'not_started', 39),
    ];
    expect(records).toHaveLength(690);
    const report = summaryReport(dataset('2024-02-01', records));
    expect(report.total).toMatchObject({ total: 690, done: 348, recurring: 119, in_progress: 184, not_started: 39, cancelled: 0, percent_done: 50.4 });
  });

  const ds = dataset('2024-02-01', [
    task('MOJ-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-20' }), // done late
    task('MOJ-2', { deadline: '2024-01-31' }), // overdue
    task('MOJ-3', { status: 'not_started', deadline: '2024-02-10' }), // at risk
    task('MOJ-4', { status: 'cancelled', deadline: '2024-01-31' }),
    task('MOJ-5', { status: 'recurring' }),
    task('MOJ-6', { deadline: '2024-12-31', extensions: [{ from: '2024-06-30' }] }), // extended
    task('GO-1', { status: 'cancelled', deadline: '2024-12-31' }),
    task('GO-2', { status: 'cancelled', deadline: '2024-12-31' }),
    task('MIC-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10' }),
    task('MIC-2', { deadline: '2024-12-31' }),
  ]);
  const report = summaryReport(ds);
  const row = (code: string) => report.rows.find((r) => r.ministry === code)!;

  it('has a row per ministry, by code', () => {
    expect(report.rows.map((r) => [r.ministry, r.name])).toEqual([
      ['GO', 'Ministry GO'],
      ['MIC', 'Ministry MIC'],
      ['MOJ', 'Ministry MOJ'],
    ]);
  });

  it('counts each state', () => {
    expect(row('MOJ')).toEqual({
      ministry: 'MOJ',
      name: 'Ministry MOJ',
      name_vi: null,
      abbr_vi: null,
      kind: 'ministry',
      merged_into: null,
      total: 6,
      done: 1,
      done_late: 1,
      in_progress: 2,
      not_started: 1,
      recurring: 1,
      cancelled: 1,
      overdue: 1,
      at_risk: 1,
      extended: 1,
      percent_done: 20, // 1 of the 5 that are not cancelled
    });
  });

  it('gives 0 when nothing counts (all cancelled)', () => {
    expect(row('GO')).toMatchObject({ total: 2, cancelled: 2, percent_done: 0 });
  });

  it('leaves cancelled tasks out of the denominator', () => {
    expect(row('MIC').percent_done).toBe(50);
    expect(report.total.percent_done).toBe(percentDone(2, 10, 3)); // 2 of 7
    expect(report.total.percent_done).toBe(28.6);
  });

  it('adds up: in every row the five statuses make the total, and the total row is the sum of the rows', () => {
    for (const r of [...report.rows, report.total]) expect(statusSum(r)).toBe(r.total);
    for (const key of COUNT_KEYS) expect(report.total[key]).toBe(report.rows.reduce((sum, r) => sum + r[key], 0));
    expect(report.total.total).toBe(ds.tasks.length);
  });

  it('gives a ministry without tasks a row of zeros', () => {
    const records = [task('MOJ-1', { deadline: '2024-12-31' })];
    const empty = summaryReport(buildDataset(ministriesOf(records, ['GO']), records, { asOf: day('2024-02-01'), within: 14 }));
    expect(empty.rows.find((r) => r.ministry === 'GO')).toMatchObject({ total: 0, done: 0, percent_done: 0 });
  });

  it('carries as_of and the window', () => {
    expect([report.asOf, report.within]).toEqual([day('2024-02-01'), 14]);
  });
});

describe('summary: order, kinds and Vietnamese names', () => {
  const records = [
    task('MOJ-1', { deadline: '2024-01-31' }), // overdue
    task('MOJ-2', { deadline: '2024-01-31' }), // overdue
    task('MOH-1', { deadline: '2024-01-31' }), // overdue
    task('MOH-2', { status: 'done', deadline: '2024-01-31', completed: '2024-01-10' }),
    task('DN-1', { deadline: '2024-01-31' }), // overdue
    task('DN-2', { deadline: '2024-12-31' }),
    task('GO-1', { status: 'done', deadline: '2024-12-31', completed: '2024-01-10' }),
  ];
  const ministries = ministriesOf(records).map((m) => {
    const vi: Record<string, Partial<MinistryRecord>> = {
      MOJ: { nameVi: 'Bộ Tư pháp', abbrVi: 'BTP' },
      MOH: { nameVi: 'Bộ Y tế', abbrVi: 'BYT' },
      DN: { nameVi: 'Ủy ban nhân dân thành phố Đà Nẵng', kind: 'province' },
      GO: { nameVi: 'Văn phòng Chính phủ', abbrVi: 'VPCP', kind: 'agency', mergedInto: 'MOJ' },
    };
    return { ...m, ...vi[m.code] };
  });
  const ds = buildDataset(ministries, records, { asOf: day('2024-02-01'), within: 14 });

  it('--sort worst: most overdue first, then lowest % done, then code', () => {
    expect(summaryReport(ds, 'worst').rows.map((r) => [r.ministry, r.overdue, r.percent_done])).toEqual([
      ['MOJ', 2, 0],
      ['DN', 1, 0],
      ['MOH', 1, 50],
      ['GO', 0, 100],
    ]);
  });

  it('--sort name: the reader’s language and its collator (Đ after D, Ủ after U, V last)', () => {
    expect(summaryReport(ds, 'name', 'vi').rows.map((r) => r.name_vi)).toEqual(['Bộ Tư pháp', 'Bộ Y tế', 'Ủy ban nhân dân thành phố Đà Nẵng', 'Văn phòng Chính phủ']);
    expect(summaryReport(ds, 'name', 'en').rows.map((r) => r.ministry)).toEqual(['DN', 'GO', 'MOH', 'MOJ']);
  });

  it('by code, in Vietnamese the abbreviation the reader sees, in Vietnamese order', () => {
    expect(summaryReport(ds, 'code', 'vi').rows.map((r) => r.abbr_vi ?? r.ministry)).toEqual(['BTP', 'BYT', 'DN', 'VPCP']);
    expect(summaryReport(ds, 'code', 'en').rows.map((r) => r.ministry)).toEqual(['DN', 'GO', 'MOH', 'MOJ']);
  });

  it('rows carry name_vi, abbr_vi, kind and merged_into; subtotals count each kind', () => {
    const report = summaryReport(ds);
    expect(report.rows.find((r) => r.ministry === 'GO')).toMatchObject({ name_vi: 'Văn phòng Chính phủ', abbr_vi: 'VPCP', kind: 'agency', merged_into: 'MOJ' });
    expect(report.rows.find((r) => r.ministry === 'DN')).toMatchObject({ abbr_vi: null, kind: 'province', merged_into: null });
    expect(Object.keys(report.subtotals).sort()).toEqual(['agency', 'ministry', 'province']);
    expect(report.subtotals.ministry).toMatchObject({ total: 4, done: 1, overdue: 3, percent_done: 25 });
    expect(report.subtotals.agency).toMatchObject({ total: 1, done: 1, percent_done: 100 });
    expect(report.subtotals.province).toMatchObject({ total: 2, overdue: 1, percent_done: 0 });
  });

  it('Vietnamese shows abbreviations and names, "merged into", and a subtotal for ministries and agencies and one for localities', () => {
    const [section] = summary.sections(summaryReport(ds), vi);
    const text = (cells: { text: string }[]) => cells.slice(0, 4).map((c) => c.text);
    expect(section!.rows.map(text)).toEqual([
      ['DN', 'Ủy ban nhân dân thành phố Đà Nẵng', '2', '0'],
      ['VPCP', 'Văn phòng Chính phủ (đã hợp nhất vào MOJ)', '1', '1'],
      ['BYT', 'Bộ Y tế', '2', '1'],
      ['BTP', 'Bộ Tư pháp', '2', '0'],
      ['Các bộ, ngành', '', '5', '2'],
      ['Các địa phương', '', '2', '0'],
      ['Tổng cộng', '', '7', '2'],
    ]);
    // One group only: the total says it all, no subtotal rows.
    const [central] = summary.sections(summaryReport(buildDataset(ministries.filter((m) => m.code !== 'DN'), records.filter((r) => r.ministry !== 'DN'), { asOf: day('2024-02-01'), within: 14 })), vi);
    expect(central!.rows.map((r) => r[0]!.text)).toEqual(['VPCP', 'BYT', 'BTP', 'Tổng cộng']);
  });
});
