import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';

/** A feature for the Node build (its file-content type is not exported). */
type NodeFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];
import { getCellAddress, getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings, findElement, appendMarkupInsideElement, replaceElement, getOpeningTagMarkup, getClosingTagMarkup, sanitizeTextContent } from 'write-excel-file/utility';
import type { Day } from '../domain/calendar.js';
import { displayWidth } from './display-width.js';
import { safeMultiline } from './sanitize.js';

// A workbook from typed tables: every value is written with its type (a
// date as a date serial with a date format, a number as a number), so a
// spreadsheet sorts, filters and sums them without "number stored as text".

export type XlsxValue =
  | { type: 'text'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'decimal'; value: number; places: number }
  | { type: 'date'; value: Day }
  | { type: 'empty' };

export interface XlsxSheet {
  /** The tab's name; made valid (at most 31 characters, none of []:*?/\) and unique here. */
  name: string;
  /** The title row above the header: what the sheet is, its as-of date and filter. */
  title: string;
  headers: string[];
  rows: XlsxValue[][];
}

export interface XlsxOptions {
  /** Excel number format for dates, e.g. yyyy-mm-dd or dd/mm/yyyy. */
  dateFormat: string;
}

const MS_PER_DAY = 86_400_000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** The characters a column needs for a value as Excel shows it. */
function valueWidth(v: XlsxValue, dateFormat: string): number {
  switch (v.type) {
    case 'text':
      return Math.max(0, ...v.value.split('\n').map(displayWidth));
    case 'integer':
      return String(Math.trunc(v.value)).length;
    case 'decimal':
      return v.value.toFixed(v.places).length;
    case 'date':
      return dateFormat.length;
    case 'empty':
      return 0;
  }
}

/** Column widths that fit the header and the widest value, capped: longer text wraps in its cell. */
export function columnWidths(sheet: XlsxSheet, dateFormat: string): number[] {
  return sheet.headers.map((h, i) => {
    let w = displayWidth(h) + 3; // room for the filter button
    for (const row of sheet.rows) w = Math.max(w, valueWidth(row[i] ?? { type: 'empty' }, dateFormat) + 1);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
  });
}

function cellOf(v: XlsxValue, wrap: boolean, dateFormat: string): Cell {
  switch (v.type) {
    case 'text':
      return { type: String, value: safeMultiline(v.value), alignVertical: 'top', ...(wrap ? { wrap: true } : {}) };
    case 'integer':
      return { type: Number, value: v.value, format: '0', alignVertical: 'top' };
    case 'decimal':
      return { type: Number, value: v.value, format: v.places > 0 ? `0.${'0'.repeat(v.places)}` : '0', alignVertical: 'top' };
    case 'date':
      return { type: Date, value: new Date(v.value * MS_PER_DAY), format: dateFormat, alignVertical: 'top' };
    case 'empty':
      return null;
  }
}

const SHEET_NAME_UNSAFE = /[[\]:*?/\\\u0000-\u001f]/g;

/** Valid, unique tab names: Excel refuses longer names, some characters, and two tabs of one name (any case). */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = [...(raw.replace(SHEET_NAME_UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet')].slice(0, 31).join('').trimEnd();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = [...base].slice(0, 31 - String(n).length - 1).join('') + ` ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A sheet name in a formula reference: quoted, with quotes doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** An absolute reference such as $A$2:$H$10. */
const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/**
 * write-excel-file has no autofilter: this feature adds `<autoFilter>` on
 * the header row of each sheet, and the hidden `_xlnm._FilterDatabase` name
 * that Excel itself writes beside it.
 */
function autoFilterFeature(refs: readonly string[], names: readonly string[]): NodeFeature {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) =>
            insertElementMarkupAccordingToOrderOfSiblings(xml, getSelfClosingTagMarkup('autoFilter', { ref: refs[sheetIndex]! }), getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!, 'worksheet'),
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            const defined = refs
              .map((ref, i) => getOpeningTagMarkup('definedName', { name: '_xlnm._FilterDatabase', localSheetId: i, hidden: 1 }) + sanitizeTextContent(`${quotedSheet(names[i]!)}!${absolute(ref)}`) + getClosingTagMarkup('definedName'))
              .join('');
            const element = findElement(xml, 'definedNames');
            if (element === undefined) return xml;
            if (element.selfClosingTag) return replaceElement(xml, element, getOpeningTagMarkup('definedNames') + defined + getClosingTagMarkup('definedNames'));
            return appendMarkupInsideElement(xml, element, defined);
          },
        },
      },
    },
  } as unknown as NodeFeature;
}

/**
 * The workbook's bytes: per sheet a bold title row (merged across the
 * table), a bold header row with a filter, both frozen, then the typed rows;
 * columns as wide as their content, up to a cap beyond which text wraps.
 */
export async function formatXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions): Promise<Uint8Array> {
  const names = sheetNames(sheets.map((s) => s.name));
  const refs: string[] = [];
  const written = sheets.map((sheet, i) => {
    const widths = columnWidths(sheet, options.dateFormat);
    const span = Math.max(1, sheet.headers.length);
    const title: Cell[] = [{ type: String, value: safeMultiline(sheet.title), fontWeight: 'bold', fontSize: 13, columnSpan: span }, ...Array<Cell>(span - 1).fill(null)];
    const header: Cell[] = sheet.headers.map((h) => ({ type: String, value: h, fontWeight: 'bold', backgroundColor: '#e8eef3', bottomBorderStyle: 'thin', wrap: true }));
    const data: SheetData = [title, header, ...sheet.rows.map((row) => row.map((v, c) => cellOf(v, widths[c]! >= MAX_WIDTH, options.dateFormat)))];
    refs.push(`${getCellAddress(1, 0)}:${getCellAddress(1 + sheet.rows.length, span - 1)}`);
    return { data, sheet: names[i]!, columns: widths.map((width) => ({ width })), stickyRowsCount: 2 };
  });
  const buffer = await writeXlsxFile(written, { fontFamily: 'Calibri', fontSize: 11, features: [autoFilterFeature(refs, names)] }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
