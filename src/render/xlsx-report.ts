import { en, type Words } from '../i18n/en.js';
import type { Printable } from './formats.js';
import { formatXlsx } from './format-xlsx.js';
import { sectionsToSheets } from './sections-to-sheets.js';

/** A report as a workbook: one sheet per section, every cell typed, dates shown as the reader's language writes them. */
export async function xlsxReport(doc: Printable, w: Words = en): Promise<Uint8Array> {
  return formatXlsx(sectionsToSheets(doc.sections(), { asOf: w.exports.asOf(w.longDay(doc.asOf)) }), { dateFormat: w.exports.sheetDate });
}
