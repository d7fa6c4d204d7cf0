import { formatDay } from '../domain/calendar.js';
import type { Words } from '../i18n/en.js';
import type { Section } from '../reports/report-view.js';
import { formatCsv } from './format-csv.js';
import { formatMarkdown } from './format-markdown.js';
import { safeJson } from './sanitize.js';

export interface RenderOptions {
  color: boolean;
  /** Width a drawn table must fit; undefined: none (see cli/terminal-width.ts). */
  width?: number;
  /** The report's language, for the words a format adds itself. */
  words?: Words;
}

/** A computed report as every format sees it: its sections and its JSON body, each made on demand. */
export interface Printable {
  kind: string;
  asOf: number;
  sections(): Section[];
  json(): Record<string, unknown>;
}

/** One output format. Adding one is a file with a `render` and a line in FORMATS. */
export interface Format {
  /** Bytes rather than text: refused on a terminal without --output. */
  binary?: boolean;
  render(doc: Printable, options: RenderOptions): Promise<string | Uint8Array>;
}

export const FORMATS: Readonly<Record<string, Format>> = {
  // cli-table3 and chalk are loaded only when a drawn table is asked for: a piped run never pays for them.
  table: { render: async (doc, options) => (await import('./format-table.js')).formatTable(doc.sections(), options) },
  markdown: { render: async (doc) => formatMarkdown(doc.sections()) },
  csv: { render: async (doc) => formatCsv(doc.sections()) },
  // The documents of SPEC §5: one object, schema_version 1, kind and as_of.
  json: { render: async (doc) => safeJson({ schema_version: 1, kind: doc.kind, as_of: formatDay(doc.asOf), ...doc.json() }) + '\n' },
  // A workbook for the secretariat's spreadsheets; write-excel-file is loaded only when one is asked for.
  xlsx: { binary: true, render: async (doc, options) => (await import('./xlsx-report.js')).xlsxReport(doc, options.words) },
};
