import type { Dataset } from '../model/dataset.js';
import { formatCsv } from './format-csv.js';
import { formatMarkdown } from './format-markdown.js';
import { formatTable } from './format-table.js';
import { reportJson } from './report-json.js';
import { reportSections, type AnyReport } from './report-grid.js';

export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

export interface RenderOptions {
  color: boolean;
  width?: number;
}

/** Report data → the text for stdout, in one of the four formats. */
export function renderReport(report: AnyReport, ds: Dataset, format: ReportFormat, options: RenderOptions): string {
  if (format === 'json') return reportJson(report, ds);
  const sections = reportSections(report, ds);
  if (format === 'markdown') return formatMarkdown(sections);
  if (format === 'csv') return formatCsv(sections);
  return formatTable(sections, options);
}
