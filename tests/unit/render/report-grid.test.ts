import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/reports/summary.js';
import { compute, sections as reportSections } from '../../helpers/reports.js';
import { dataset, task } from '../../helpers/task-records.js';

const cells = (s: string) => [...s].length;

describe('progressBar', () => {
  // percent → bar: ten cells, a tenth each, eighths for the rest
  it.each([
    [0, '░░░░░░░░░░'],
    [50.4, '█████░░░░░'],
    [14.9, '█▍░░░░░░░░'], // rounded down: 11.92 eighths
    [16.7, '█▋░░░░░░░░'],
    [44.4, '████▍░░░░░'],
    [99.9, '█████████▉'], // only 100 % draws a full bar
    [100, '██████████'],
    [-5, '░░░░░░░░░░'],
    [250, '██████████'],
  ])('%d%% → %s', (percent, bar) => {
    expect(progressBar(percent)).toBe(bar);
  });

  it.each([0, 0.1, 1.3, 12.5, 33.3, 50.4, 66.7, 87.4, 100])('%d%% is always 10 cells', (percent) => {
    expect(cells(progressBar(percent))).toBe(10);
  });
});

describe('reportSections', () => {
  const ds = dataset('2024-02-01', [
    task('MOJ-1', { deadline: '2024-Q1', title: 'Compile', owner: 'Office', depends_on: ['GO-1'] }),
    task('GO-1', { deadline: '2024-01-31', title: 'Send', owner: 'GO Office', extensions: [{ from: '2023-12' }] }),
  ]);

  it('overdue: one row per task with days overdue, extensions and the open tasks it blocks', () => {
    const [s] = reportSections('overdue', compute('overdue', ds));
    expect(s!.heading).toBe('Overdue as of 2024-02-01: 1 task');
    expect(s!.columns.map((c) => c.header)).toEqual(['ID', 'Ministry', 'Title', 'Owner', 'Deadline', 'Days overdue', 'Behind since', 'Extensions', 'Blocks']);
    // Behind since the extended deadline's first due date (2023-12), not the current one.
    expect(s!.rows.map((r) => r.map((c) => c.text))).toEqual([['GO-1', 'GO', 'Send', 'GO Office', '2024-01-31', '1', '2023', '1', 'MOJ-1']]);
  });

  it('at-risk: reasons in words', () => {
    const [s] = reportSections('at-risk', compute('at-risk', ds));
    expect(s!.heading).toBe('At risk as of 2024-02-01 (due within 14 days, or held up by a dependency): 1 task');
    expect(s!.rows.map((r) => r.map((c) => c.text))).toEqual([['MOJ-1', 'MOJ', 'Compile', 'Office', '2024-Q1 (due 2024-03-31)', '59', 'waits on GO-1, overdue by 1 day']]);
  });

  it('summary: a row per ministry and a total row', () => {
    const [s] = reportSections('summary', compute('summary', ds));
    expect(s!.heading).toBe('Summary as of 2024-02-01: 2 tasks, 0.0% done');
    expect(s!.rows.map((r) => r[0]!.text)).toEqual(['GO', 'MOJ', 'Total']);
    expect(s!.rows.every((r) => r.length === s!.columns.length)).toBe(true);
  });

  it('show: the task, then what it depends on and what depends on it', () => {
    const sections = reportSections('show', compute('show', ds, 'GO-1'));
    expect(sections.map((s) => s.heading)).toEqual(['GO-1 as of 2024-02-01', 'Depends on (transitively): 0 tasks', 'Depended on by (transitively): 1 task']);
    const fields = Object.fromEntries(sections[0]!.rows.map((r) => [r[0]!.text, r[1]!.text]));
    expect(fields).toMatchObject({ Status: 'in progress (overdue 1 day)', 'Original due': '2023-12-31', Extended: 'from 2023-12: more time needed', Blocks: 'MOJ-1', File: 'data/go.yaml:1' });
  });
});
