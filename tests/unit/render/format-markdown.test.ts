import { describe, expect, it } from 'vitest';
import { formatMarkdown, markdownCell } from '../../../src/render/format-markdown.js';
import type { Section } from '../../../src/reports/report-view.js';

/** Cells of a Markdown table row, split on the pipes that are not escaped. */
function cellsOf(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('markdownCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a|b', 'a\\|b'],
    ['a\nb', 'a b'],
    ['a\r\n| b', 'a \\| b'],
    ['<script>', '\\<script\\>'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[link](x)', '\\[link\\](x)'],
    ['back\\slash|', 'back\\\\slash\\|'],
    ['#1 &amp;', '\\#1 \\&amp;'],
    ['\x1b[31m', '\\\\x1B\\[31m'],
    ['Bộ Công an, Thanh Hoá', 'Bộ Công an, Thanh Hoá'],
  ])('%j → %j', (raw, cell) => {
    expect(markdownCell(raw)).toBe(cell);
  });

  it.each(['a|b', 'a\nb|c', '\\|', '|\r\n|', 'x\\\\|y', '\u2028|'])('%j cannot break its cell', (raw) => {
    const cell = markdownCell(raw);
    expect(cell).not.toMatch(/[\r\n\u2028\u2029]/);
    // A pipe after an even number of backslashes (none included) would end the cell.
    expect(cell).not.toMatch(/(^|[^\\])(\\\\)*\|/);
  });
});

describe('formatMarkdown', () => {
  const section: Section = {
    heading: 'Overdue | as of 2024-02-01',
    columns: [{ header: 'ID' }, { header: 'Title', flex: true }, { header: 'Days', align: 'right' }],
    rows: [
      [{ text: 'MOJ-1' }, { text: 'split | the\ntable' }, { text: '3' }],
      [{ text: 'MOJ-2' }, { text: '' }, { text: '1' }],
    ],
    empty: 'Nothing.',
  };

  it('prints a bold heading and a GitHub table, right-aligning numbers', () => {
    expect(formatMarkdown([section])).toBe(
      [
        '**Overdue \\| as of 2024-02-01**',
        '',
        '| ID | Title | Days |',
        '| --- | --- | ---: |',
        '| MOJ-1 | split \\| the table | 3 |',
        '| MOJ-2 |   | 1 |',
        '',
      ].join('\n'),
    );
  });

  it('keeps every row to the header’s number of cells', () => {
    const lines = formatMarkdown([section]).split('\n').filter((l) => l.startsWith('|'));
    for (const line of lines) expect(cellsOf(line)).toHaveLength(3);
  });

  it('says the empty text instead of an empty table', () => {
    expect(formatMarkdown([{ ...section, rows: [] }])).toBe('**Overdue \\| as of 2024-02-01**\n\nNothing.\n');
  });
});
