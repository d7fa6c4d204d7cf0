import { formatDay } from '../domain/calendar.js';
import type { Cell, Section } from '../reports/report-view.js';
import { oneLine } from './sanitize.js';
import { places } from './sections-to-sheets.js';

const BOM = '\uFEFF';

/**
 * RFC 4180 (CRLF, quoted where needed), UTF-8 with a BOM so spreadsheet
 * programs show Vietnamese correctly. A cell a spreadsheet would run as a
 * formula (= + - @, also after leading white space, or a leading tab, CR or
 * LF) gets a leading apostrophe.
 */
export function csvCell(text: string): string {
  let safe = oneLine(text);
  // Leading white space does not hide a formula: a spreadsheet skips a line break before '=' as it does a tab.
  if (/^(?:[=+\-@\t\r\n]|\s+[=+\-@])/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) safe = `'${safe}`;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell's typed value as a sortable text: a date as YYYY-MM-DD, a number as it is; empty when it has none. */
function sortableText(cell: Cell | undefined): string {
  if (cell?.value === undefined) return '';
  return cell.value.type === 'date' ? formatDay(cell.value.day) : String(cell.value.value);
}

/**
 * A cell as CSV writes it: a number plainly, as a program reads it (1429,
 * 50.4), in every language, with the decimals the report shows; everything
 * else as the report words it. The reader's own way of writing numbers
 * (1.429 and 50,4 in Vietnamese) is for the drawn formats.
 */
function plainText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (cell.value?.type !== 'number') return cell.text;
  return cell.value.value.toFixed(places(cell.text, cell.value.value));
}

/**
 * The first section as one CSV table: CSV has no room for headings, so it is
 * data only. Pictures (the progress bar) are left out; a column marked
 * sortable (the deadline as written: "2024-Q1") is followed by its typed
 * value ("2024-03-31"), which a spreadsheet sorts.
 */
export function formatCsv(sections: readonly Section[]): string {
  const s = sections[0]!;
  const header: string[] = [];
  s.columns.forEach((c) => {
    if (c.picture === true) return;
    header.push(csvCell(c.header));
    if (c.sortable !== undefined) header.push(csvCell(c.sortable));
  });
  const rows = [...s.rows, ...(s.trailer ?? [])].map((r) => {
    const out: string[] = [];
    s.columns.forEach((c, i) => {
      if (c.picture === true) return;
      if (c.sortable === undefined) out.push(csvCell(plainText(r[i])));
      else out.push(csvCell(r[i]?.written ?? r[i]?.text ?? ''), csvCell(sortableText(r[i])));
    });
    return out;
  });
  return BOM + [header, ...rows].map((l) => l.join(',') + '\r\n').join('');
}
