import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/render/display-width.js';
import { fitColumns, type FitColumn } from '../../../src/render/fit-columns.js';
import { formatRecords } from '../../../src/render/format-records.js';
import { wrapText } from '../../../src/render/wrap-text.js';

/** natural, narrowest, narrowest with the short header, drop order. */
const col = (natural: number, narrowest: number, narrowestShort = narrowest, dropOrder?: number): FitColumn => (dropOrder === undefined ? { natural, narrowest, narrowestShort } : { natural, narrowest, narrowestShort, dropOrder });

// Four columns: id (never dropped), a free-text title (never dropped), days (short header saves 6), blocks (dropped first).
const COLUMNS = [col(10, 10), col(60, 12), col(14, 14, 8, 2), col(20, 10, 10, 1)];

describe('fitColumns', () => {
  it.each([
    ['no terminal: everything, as is', undefined, { layout: 'table', keep: [0, 1, 2, 3], short: false }],
    ['room for everything wrapped', 51, { layout: 'table', keep: [0, 1, 2, 3], short: false }],
    ['abbreviated headers make it fit', 45, { layout: 'table', keep: [0, 1, 2, 3], short: true }],
    ['the lowest priority column goes first', 44, { layout: 'table', keep: [0, 1, 2], short: true }],
    ['then the next', 33, { layout: 'table', keep: [0, 1], short: true }],
    ['columns that are never left out still do not fit: records', 24, { layout: 'records' }],
  ] as const)('%s (width %s)', (_name, width, plan) => {
    expect(fitColumns(COLUMNS, width)).toEqual(plan);
  });
});

describe('formatRecords', () => {
  const headers = ['ID', 'Title', 'Days overdue', 'Blocks'];
  const rows = [
    ['MOJ-02', 'Collect the ministries’ roadmaps for the 466 unimplemented procedures', '32', ''],
    ['MOF-3', 'Send the roadmap', '1', 'MOJ-02, MOJ-05'],
  ];

  it('one block per row, values wrapped under themselves, empty values left out', () => {
    expect(formatRecords(headers, rows, 40, wrapText)).toBe(
      [
        'MOJ-02',
        '  Title         Collect the ministries’',
        '                roadmaps for the 466',
        '                unimplemented procedures',
        '  Days overdue  32',
        '',
        'MOF-3',
        '  Title         Send the roadmap',
        '  Days overdue  1',
        '  Blocks        MOJ-02, MOJ-05',
        '',
      ].join('\n'),
    );
  });

  it.each([20, 24, 30, 40, 80])('never wider than %i columns', (width) => {
    for (const line of formatRecords(headers, rows, width, wrapText).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});
