import type { Dataset } from '../model/dataset.js';
import { formatCsv } from './format-csv.js';
import { formatMarkdown } from './format-markdown.js';
import { reportJson } from './report-json.js';
import { reportSections, type AnyReport } from './report-grid.js';

export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

export interface RenderOptions {
  color: boolean;
  width?: number;
}

/**
 * Report data → the text for stdout, in one of the four formats. Async only
 * because the drawn table's modules (cli-table3, chalk) are loaded when a
 * table is asked for: a piped run, which prints Markdown, never pays for them.
 */
export async function renderReport(report: AnyReport, ds: Dataset, format: ReportFormat, options: RenderOptions): Promise<string> {
  if (format === 'json') return reportJson(report, ds);
  const sections = reportSections(report, ds);
  if (format === 'markdown') return formatMarkdown(sections);
  if (format === 'csv') return formatCsv(sections);
  const { formatTable } = await import('./format-table.js');
  return formatTable(sections, options);
}
