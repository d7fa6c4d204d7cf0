import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidths, formatTable } from '../../../src/render/format-table.js';
import type { Section } from '../../../src/reports/report-view.js';

const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['MOJ-01', 6],
    ['Thanh Hoá', 9],
    ['Thanh Hoa\u0301', 9], // a combining mark takes no column
    ['Bộ Công an', 10],
    ['Bo\u0323\u0302 Co\u0302ng an', 10],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('fitWidths', () => {
  it.each([
    [[10, 20], [false, true], undefined], // no terminal: nothing wraps
    [[10, 20], [false, true], 100], // fits as it is
    [[10, 20], [false, true], 33],
  ])('%j (flex %j) in %s columns: left as they are', (natural, flex, width) => {
    expect(fitWidths(natural, flex, width)).toBeUndefined();
  });

  // natural widths, which are free text, terminal width: the fitted widths (plus a border each side) stay within it
  it.each([
    [[10, 50, 40], [false, true, true], 80],
    [[10, 50, 40], [false, true, true], 60],
    [[8, 10, 60, 40, 12], [false, false, true, true, false], 100],
    [[10, 200], [false, true], 40],
  ])('%j (flex %j) fits in %i columns', (natural, flex, width) => {
    const fitted = fitWidths(natural, flex, width)!;
    expect(fitted).toHaveLength(natural.length);
    expect(sum(fitted) + natural.length + 1).toBeLessThanOrEqual(width);
    natural.forEach((w, i) => (flex[i] ? expect(fitted[i]).toBeLessThanOrEqual(w) : expect(fitted[i]).toBe(w)));
  });

  // A free-text column narrower than the minimum a wrapped column gets must not
  // be widened past what fits: the others shrink to pay for it. These are the
  // overdue report's natural widths on the sample data, --as-of 2024-02-01.
  it('fits the overdue report in 120 columns when the free text can shrink enough', () => {
    const natural = [13, 10, 94, 49, 26, 14, 12, 10];
    const flex = [false, false, true, true, false, false, false, true];
    const fitted = fitWidths(natural, flex, 120)!;
    expect(sum(fitted) + natural.length + 1).toBeLessThanOrEqual(120);
  });
});

describe('formatTable', () => {
  const section: Section = {
    heading: 'Overdue as of 2024-02-01: 2 tasks',
    columns: [{ header: 'ID' }, { header: 'Title', flex: true }, { header: 'Owner', flex: true }, { header: 'Days', align: 'right' }],
    rows: [
      [{ text: 'MOJ-1', tone: 'strong' }, { text: 'Digitise the civil status records of every commune in the province' }, { text: 'Sở Tư pháp Thanh Hoá' }, { text: '3', tone: 'bad' }],
      [{ text: 'MOJ-2' }, { text: '\x1b[2J\u202Eevil' }, { text: 'Bộ Công an' }, { text: '12' }],
    ],
    empty: 'No task is overdue.',
  };

  it('without a terminal width prints every cell whole, under the heading, right-aligning numbers', () => {
    const out = formatTable([section], { color: false });
    expect(out.split('\n')[0]).toBe('Overdue as of 2024-02-01: 2 tasks');
    expect(out).toContain('│ Digitise the civil status records of every commune in the province │');
    expect(out).toContain('│ Sở Tư pháp Thanh Hoá │');
    expect(out).toMatch(/│ +3 │\n/);
    expect(out).toMatch(/│ +12 │\n/);
  });

  it('shows control characters escaped, never raw', () => {
    const out = formatTable([section], { color: false });
    expect(out).toContain('\\x1B[2J\\u202Eevil');
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
  });

  it('colours only when asked', () => {
    expect(formatTable([section], { color: false })).not.toContain('\x1b');
    expect(formatTable([section], { color: true })).toMatch(/│ +\x1b\[31m3\x1b\[39m │/);
  });

  it('wraps free text to fit 80 columns, keeping every word', () => {
    const out = formatTable([section], { color: false, width: 80 });
    expect(widest(out)).toBeLessThanOrEqual(80);
    for (const word of ['Digitise', 'commune', 'province', 'Thanh', 'Hoá']) expect(out).toContain(word);
  });

  // The same at 60 columns, where Owner is narrower than that minimum.
  it('wraps free text to fit 60 columns', () => {
    expect(widest(formatTable([section], { color: false, width: 60 }))).toBeLessThanOrEqual(60);
  });

  // A word longer than its column is broken across lines, never cut to "…":
  // on a narrow terminal nothing of the data may be lost.
  it('never cuts a word short when it wraps', () => {
    const narrow: Section = { ...section, rows: [[{ text: 'VSS-03' }, { text: 'Clean the records' }, { text: 'Department of Administrative Procedures Control' }, { text: '1' }]] };
    const out = formatTable([narrow], { color: false, width: 40 });
    expect(out).not.toContain('…');
  });

  it('says the empty text instead of an empty table', () => {
    expect(formatTable([{ ...section, rows: [] }], { color: false })).toBe('Overdue as of 2024-02-01: 2 tasks\nNo task is overdue.\n');
  });
});

describe('formatTable fits the terminal by the report’s priorities', () => {
  const lines = (out: string) => out.split('\n');
  // Like the overdue report: id and title always stay; blocks go first, then the extensions.
  const priorities: Section = {
    heading: 'Overdue as of 2024-02-01: 2 tasks',
    columns: [
      { header: 'ID' },
      { header: 'Title', flex: true, min: 20 },
      { header: 'Days overdue', short: 'Days', align: 'right' },
      { header: 'Extensions', short: 'Ext.', align: 'right', drop: 2 },
      { header: 'Blocks', flex: true, drop: 1 },
    ],
    rows: [
      [{ text: 'MOJ-02' }, { text: 'Collect the ministries’ roadmaps for the 466 unimplemented procedures' }, { text: '32' }, { text: '1' }, { text: 'MOF-03, MOH-01' }],
      [{ text: 'THANHHOA-04' }, { text: 'Digitise the land data' }, { text: '397' }, { text: '0' }, { text: '' }],
    ],
    empty: '',
  };

  it('everything, unabbreviated, when it fits', () => {
    const out = formatTable([priorities], { color: false, width: 140 });
    expect(lines(out)[2]).toBe('│ ID          │ Title                                                                 │ Days overdue │ Extensions │ Blocks         │');
    expect(out).not.toContain('Left out');
  });

  it('abbreviates the headers before it leaves anything out', () => {
    const out = formatTable([priorities], { color: false, width: 64 });
    expect(Math.max(...lines(out).map(displayWidth))).toBeLessThanOrEqual(64);
    expect(lines(out)[2]).toMatch(/^│ ID +│ Title +│ Days │ Ext\. │ Blocks +│$/);
    expect(out).not.toContain('Left out');
  });

  it('leaves out the lowest priority first and says so under the heading', () => {
    const out = formatTable([priorities], { color: false, width: 50 });
    expect(Math.max(...lines(out).map(displayWidth))).toBeLessThanOrEqual(50);
    expect(lines(out)[1]).toBe('Left out to fit 50 columns: Blocks (a wider');
    expect(lines(out)[4]).toMatch(/^│ ID +│ Title +│ Days │ Ext\. │$/);
    const narrower = formatTable([priorities], { color: false, width: 46 });
    expect(narrower).toContain('Left out to fit 46 columns: Extensions, Blocks');
    expect(lines(narrower).find((l) => l.startsWith('│ ID'))).toMatch(/^│ ID +│ Title +│ Days │$/);
    // Every word of the kept columns is still there, wrapped.
    for (const word of ['Collect', 'unimplemented', 'procedures', 'THANHHOA-04', '397']) expect(narrower).toContain(word);
  });

  it('falls back to one block per row, with every column, when the columns that stay cannot fit', () => {
    const out = formatTable([priorities], { color: false, width: 36 });
    expect(Math.max(...lines(out).map(displayWidth))).toBeLessThanOrEqual(36);
    expect(out).not.toContain('│');
    expect(out).toContain('\nMOJ-02\n  Title         Collect the');
    expect(out).toContain('\n  Blocks        MOF-03, MOH-01\n');
    expect(out).toContain('\nTHANHHOA-04\n');
    // An empty cell says nothing in a record.
    expect(out.split('THANHHOA-04')[1]).not.toContain('Blocks');
  });

  it('wraps a heading longer than the terminal', () => {
    const out = formatTable([{ ...priorities, heading: 'At risk as of 2024-02-01 (due within 14 days, or held up by a dependency): 5 tasks' }], { color: false, width: 60 });
    expect(lines(out).slice(0, 2)).toEqual(['At risk as of 2024-02-01 (due within 14 days, or held up by', 'a dependency): 5 tasks']);
  });

  it('prints the notes under the heading (the filter, files left out)', () => {
    const out = formatTable([{ ...priorities, notes: ['Filtered: ministry MOJ'] }], { color: false });
    expect(lines(out).slice(0, 2)).toEqual(['Overdue as of 2024-02-01: 2 tasks', 'Filtered: ministry MOJ']);
  });

  it.each([20, 30, 40, 50, 60, 70, 80, 100, 140])('is never wider than %i columns', (width) => {
    const out = formatTable([priorities], { color: false, width });
    expect(Math.max(...lines(out).map(displayWidth))).toBeLessThanOrEqual(width);
  });
});
