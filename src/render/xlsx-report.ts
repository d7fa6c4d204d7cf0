import { en } from '../i18n/en.js';
import type { Printable } from './formats.js';
import { formatXlsx } from './format-xlsx.js';
import { sectionsToSheets } from './sections-to-sheets.js';

/** A report as a workbook: one sheet per section, every cell typed. */
export async function xlsxReport(doc: Printable): Promise<Uint8Array> {
  return formatXlsx(sectionsToSheets(doc.sections(), { due: en.column.due }), { dateFormat: 'yyyy-mm-dd' });
}
