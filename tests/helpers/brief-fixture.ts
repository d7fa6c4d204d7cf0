import { buildDataset } from '../../src/model/dataset.js';
import type { MinistryRecord, TaskRecord } from '../../src/domain/records.js';
import { briefReport } from '../../src/reports/brief.js';
import { changesReport } from '../../src/reports/changes.js';
import { trendPoint, trendReport } from '../../src/reports/trend.js';
import { day, task } from './task-records.js';

// A hand-made dataset for the brief's own logic (tests/unit/render/brief-view.test.ts)
// and its chains drawn by Mermaid (tests/e2e/chromium.test.ts): decisions from
// the typed fields (obstacle), the first-due year before extensions, subtotals
// by the body's kind, and one chain behind overdue work.

export const AS_OF = '2024-06-30';

const records: TaskRecord[] = [
  // Overdue since March, nothing edited: first due 2024.
  task('GO-1', { deadline: '2024-03-31', title: 'Collect the roadmaps' }),
  // Waits on GO-1, and has an obstacle.
  { ...task('MOJ-1', { deadline: '2024-12-31', depends_on: ['GO-1'] }), obstacle: 'Waiting for the amended law' },
  // Waits on MOJ-1: the chain goes on.
  task('MOJ-2', { deadline: '2025-Q1', depends_on: ['MOJ-1'] }),
  // Extended twice and overdue again: first due in 2023, before both extensions.
  task('THANHHOA-1', {
    deadline: '2024-04-30',
    extensions: [
      { from: '2023-12-31', approved: '2023-12-20', reason: 'the server was late' },
      { from: '2024-Q1', approved: '2024-03-25', reason: 'training not finished' },
    ],
  }),
  task('VSS-1', { status: 'done', deadline: '2024-03-31', completed: '2024-03-01' }),
];
const ministries: MinistryRecord[] = [
  { code: 'GO', name: 'Government Office', nameVi: 'Văn phòng Chính phủ', abbrVi: 'VPCP', kind: 'agency', file: 'data/go.yaml', line: 1 },
  { code: 'MOJ', name: 'Ministry of Justice', nameVi: 'Bộ Tư pháp', abbrVi: 'BTP', file: 'data/moj.yaml', line: 1 },
  { code: 'THANHHOA', name: 'Thanh Hoa Province', nameVi: 'Ủy ban nhân dân tỉnh Thanh Hóa', kind: 'province', file: 'data/thanhhoa.yaml', line: 1 },
  { code: 'VSS', name: 'Vietnam Social Security', kind: 'agency', file: 'data/vss.yaml', line: 1 },
];
const ds = buildDataset(ministries, records, { asOf: day(AS_OF), within: 14 });
const point = { rev: 'meeting-2024-01-25', commit: 'a'.repeat(40), date: day('2024-01-25') };
const now = { rev: 'working tree', date: day(AS_OF) };
export const report = briefReport(ds, changesReport({ point, dataset: ds }, { point: now, dataset: ds }), trendReport([trendPoint(ds, undefined)], 'month', day(AS_OF)), { escalateAfterDays: 70 });

