import type { Section } from '../reports/report-view.js';
import { oneLine } from './sanitize.js';

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

/** The first section as one CSV table: CSV has no room for headings, so it is data only. */
export function formatCsv(sections: readonly Section[]): string {
  const s = sections[0]!;
  const lines = [s.columns.map((c) => csvCell(c.header)), ...s.rows.map((r) => r.map((cell) => csvCell(cell.text)))];
  return BOM + lines.map((l) => l.join(',') + '\r\n').join('');
}
