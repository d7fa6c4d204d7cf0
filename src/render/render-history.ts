import type { ChartDrawer } from './trend-chart.js';
import type { MeetingWords } from '../i18n/meeting-words.js';
import type { BriefReport } from '../reports/brief.js';
import type { ChangesReport } from '../reports/changes.js';
import type { TrendReport } from '../reports/trend.js';
import { briefJson } from './brief-view.js';
import { changesJson, changesSections } from './changes-view.js';
import { formatCsv } from './format-csv.js';
import { formatHtml } from './format-html.js';
import { formatMarkdown } from './format-markdown.js';
import type { RenderOptions } from './formats.js';
import type { Section } from '../reports/report-view.js';
import { safeJson } from './sanitize.js';
import { trendCsvSection, trendJson, trendSections } from './trend-view.js';

export const HISTORY_FORMATS = ['table', 'markdown', 'csv', 'json', 'html'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

const document = (kind: string, body: Record<string, unknown>) => safeJson({ schema_version: 1, kind, ...body }) + '\n';

async function sectionsIn(format: Exclude<HistoryFormat, 'json' | 'html'>, sections: Section[], csv: Section, options: RenderOptions): Promise<string> {
  if (format === 'markdown') return formatMarkdown(sections);
  if (format === 'csv') return formatCsv([csv]);
  const { formatTable } = await import('./format-table.js');
  return formatTable(sections, options);
}

export async function renderChanges(report: ChangesReport, format: HistoryFormat, options: RenderOptions, w: MeetingWords): Promise<string> {
  if (format === 'json') return document('changes', changesJson(report));
  const sections = changesSections(report, w);
  if (format === 'html') return formatHtml(w.meeting.changesTitle(w.longDay(report.until.date)), sections, '', w.lang);
  return sectionsIn(format, sections, sections[0]!, options);
}

export async function renderTrend(report: TrendReport, format: HistoryFormat, options: RenderOptions, w: MeetingWords, drawChart?: ChartDrawer): Promise<string> {
  if (format === 'json') return document('trend', trendJson(report));
  const sections = trendSections(report, w);
  if (format === 'html') {
    const draw = drawChart ?? (await import('./trend-chart.js')).trendChartSvg;
    return formatHtml(w.meeting.trendTitle(w.longDay(report.asOf)), sections, await draw(report, w), w.lang);
  }
  return sectionsIn(format, sections, trendCsvSection(report), options);
}

export const BRIEF_FORMATS = ['html', 'markdown', 'pdf', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** HTML, Markdown or JSON; the PDF is the HTML printed by a browser, at the edge. */
export async function renderBrief(report: BriefReport, format: Exclude<BriefFormat, 'pdf'>, w: MeetingWords, drawChart?: ChartDrawer): Promise<string> {
  if (format === 'json') return document('brief', briefJson(report, w));
  const { briefHtml, briefMarkdown } = await import('./brief-render.js');
  return format === 'html' ? briefHtml(report, w, drawChart) : briefMarkdown(report, w);
}
