import { describe, expect, it } from 'vitest';
import { cell, numberCell, type Section } from '../../../src/reports/report-view.js';
import { places, sectionsToSheets, sheetNameOf } from '../../../src/render/sections-to-sheets.js';
import { day } from '../../helpers/task-records.js';

describe('places', () => {
  it.each([
    ['50.4', 50.4, 1],
    ['50,4', 50.4, 1],
    ['50.0', 50, 1],
    ['12', 12, 0],
    ['1.234', 1234, 0],
    ['1,234', 1234, 0],
    ['50,4 %', 50.4, 1],
  ])('%s (%d) → %d', (text, value, expected) => {
    expect(places(text, value)).toBe(expected);
  });
});

describe('sheetNameOf', () => {
  it.each([
    ['Overdue as of 2024-02-01: 6 tasks', 'Overdue as of 2024-02-01'],
    ['At risk as of 2024-02-01 (due within 14 days, or held up by a dependency): 5 tasks', 'At risk as of 2024-02-01'],
    ['MOJ-02 as of 2024-02-01', 'MOJ-02 as of 2024-02-01'],
    ['Depends on (transitively): 3 tasks', 'Depends on'],
  ])('%s → %s', (heading, expected) => {
    expect(sheetNameOf(heading)).toBe(expected);
  });

  it.each([
    ['Nhiệm vụ quá hạn tính đến ngày 01 tháng 02 năm 2024: 2 nhiệm vụ', 'Nhiệm vụ quá hạn'],
    ['Nhiệm vụ MOJ-2 tính đến ngày 01 tháng 02 năm 2024', 'Nhiệm vụ MOJ-2'],
    ['Tổng hợp tính đến ngày 01 tháng 02 năm 2024', 'Tổng hợp'],
    ['Các nhiệm vụ phụ thuộc vào nhiệm vụ này: 1 nhiệm vụ', 'Các nhiệm vụ phụ thuộc vào'],
    ['A name of many characters with no as-of phrase in it', 'A name of many characters with'],
    ['Tên_rất_dài_không_có_khoảng_trắng_nào_cả', 'Tên_rất_dài_không_có_khoảng_trắ'],
  ])('too long for a tab: %s → %s (the as-of phrase left out, then whole words)', (heading, expected) => {
    expect(sheetNameOf(heading, 'tính đến ngày 01 tháng 02 năm 2024')).toBe(expected);
  });
});

describe('sectionsToSheets', () => {
  const section: Section = {
    heading: 'Overdue as of 2024-02-01: 2 tasks',
    notes: ['Filtered: ministry MOJ'],
    columns: [{ header: 'ID' }, { header: 'Deadline', sortable: 'Due' }, { header: 'Days' }, { header: '% done' }, { header: 'Progress', picture: true }, { header: 'Completed' }],
    rows: [
      [cell('MOJ-1'), { text: '2024-Q1 (due 2024-03-31)', written: '2024-Q1', value: { type: 'date', day: day('2024-03-31') } }, numberCell(3), numberCell(50.4, undefined, '50.4'), cell('█████░░░░░'), { text: '2024-01-10', value: { type: 'date', day: day('2024-01-10') } }],
      [cell('MOJ-2'), cell('—'), numberCell(0), numberCell(50, undefined, '50.0'), cell('█████░░░░░'), cell('')],
    ],
    trailer: [[cell('left out data/mof.yaml (3 tasks, 2 errors)')]],
    empty: 'none',
  };

  it('keeps each cell’s type, gives a sortable column its typed value beside the text as written, leaves pictures out, and puts the notes in the title', () => {
    expect(sectionsToSheets([section], {})).toEqual([
      {
        name: 'Overdue as of 2024-02-01',
        title: 'Overdue as of 2024-02-01: 2 tasks — Filtered: ministry MOJ',
        headers: ['ID', 'Deadline', 'Due', 'Days', '% done', 'Completed'],
        rows: [
          [{ type: 'text', value: 'MOJ-1' }, { type: 'text', value: '2024-Q1' }, { type: 'date', value: day('2024-03-31') }, { type: 'integer', value: 3 }, { type: 'decimal', value: 50.4, places: 1 }, { type: 'date', value: day('2024-01-10') }],
          [{ type: 'text', value: 'MOJ-2' }, { type: 'text', value: '—' }, { type: 'empty' }, { type: 'integer', value: 0 }, { type: 'decimal', value: 50, places: 1 }, { type: 'empty' }],
        ],
      },
    ]);
  });
});
