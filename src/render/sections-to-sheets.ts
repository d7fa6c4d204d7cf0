import type { Cell, Section } from '../reports/report-view.js';
import type { XlsxSheet, XlsxValue } from './format-xlsx.js';

// A report's sections as typed sheets: each cell keeps the type its report
// gave it (a number as a number, a date as a date), and text stays text.

/**
 * Digits after the decimal mark in a number's text ("50.4", "50,4" and
 * "50.0" → 1), so the sheet shows what the report shows; a thousands
 * separator ("1.234" for 1234) is not a decimal mark, since it does not read
 * back as the value.
 */
export function places(text: string, value: number): number {
  const m = /(-?\d+)[.,](\d+)\s*%?$/.exec(text.trim());
  if (!m || Math.abs(Number(`${m[1]}.${m[2]}`) - value) > 1e-9) return 0;
  return m[2]!.length;
}

function valueOf(c: Cell | undefined): XlsxValue {
  if (c === undefined) return { type: 'empty' };
  if (c.value?.type === 'number') {
    const p = places(c.text, c.value.value);
    return Number.isInteger(c.value.value) && p === 0 ? { type: 'integer', value: c.value.value } : { type: 'decimal', value: c.value.value, places: p };
  }
  if (c.value?.type === 'date') return { type: 'date', value: c.value.day };
  return c.text === '' ? { type: 'empty' } : { type: 'text', value: c.text };
}

/** Excel's longest tab name. */
const MAX_SHEET_NAME = 31;

/**
 * A tab name from a heading: the words before its count ("Overdue as of
 * 2024-02-01: 6 tasks" → "Overdue as of 2024-02-01"). A name longer than a
 * tab may be drops the as-of phrase (`asOf`, which the title row keeps),
 * then ends at the last whole word that fits.
 */
export function sheetNameOf(heading: string, asOf?: string): string {
  let name = heading.split(/:| \(/)[0]!.trim();
  if ([...name].length > MAX_SHEET_NAME && asOf !== undefined && name.includes(asOf)) name = name.replace(asOf, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...name];
  if (chars.length <= MAX_SHEET_NAME) return name;
  const cut = chars.slice(0, MAX_SHEET_NAME + 1).join('');
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : chars.slice(0, MAX_SHEET_NAME).join('')).trim();
}

export interface SheetWords {
  /** The headings' as-of phrase ("as of 2024-02-01"), left out of a tab name that would not fit with it. */
  asOf?: string;
}

/** The sheet's title row: the heading, and what the report says under it (the filter, files left out). */
function titleOf(section: Section): string {
  return section.notes === undefined || section.notes.length === 0 ? section.heading : [section.heading, ...section.notes].join(' — ');
}

/**
 * One sheet per section, its title row the heading and its notes. A column
 * the report marks sortable (a deadline) becomes two: the deadline as written
 * (2024-Q1, as the programme's documents write it), then its due date as a
 * real date to sort and filter by. A picture of another column (the progress
 * bar) is left out: the sheet has the number itself.
 */
export function sectionsToSheets(sections: readonly Section[], words: SheetWords): XlsxSheet[] {
  return sections.map((section) => {
    const kept = section.columns.flatMap((col, i) => (col.picture === true ? [] : [{ col, i }]));
    const headers = kept.flatMap(({ col }) => (col.sortable !== undefined ? [col.header, col.sortable] : [col.header]));
    const rows = section.rows.map((row) =>
      kept.flatMap(({ col, i }): XlsxValue[] => {
        const c = row[i];
        if (col.sortable === undefined) return [valueOf(c)];
        const written = c?.written ?? c?.text ?? '';
        const date = c?.value?.type === 'date' ? ({ type: 'date', value: c.value.day } as const) : ({ type: 'empty' } as const);
        return [written === '' ? { type: 'empty' } : { type: 'text', value: written }, date];
      }),
    );
    return { name: sheetNameOf(section.heading, words.asOf), title: titleOf(section), headers, rows };
  });
}
