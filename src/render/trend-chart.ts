import type { MeetingWords } from '../i18n/meeting-words.js';
import type { TrendReport } from '../reports/trend.js';
import { escapeHtml } from './format-html.js';

/**
 * The trend as an inline SVG, drawn now by Apache ECharts' server-side SVG
 * renderer (no DOM, no script in the page): percent done as a line against
 * the left axis, overdue and at risk as bars against the right. ECharts is
 * loaded here, lazily, so no other command pays for it.
 */
/** Draws the trend chart as an SVG figure: trendChartSvg, or one that keeps what it drew (the CLI's cache). */
export type ChartDrawer = (report: TrendReport, w: MeetingWords) => Promise<string>;

export async function trendChartSvg(report: TrendReport, w: MeetingWords, width = 760, height = 320): Promise<string> {
  const { init, use, LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer } = await import('./echarts-parts.js');
  use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  const words = w.meeting.chart;
  const font = { fontFamily: 'system-ui, "DejaVu Sans", sans-serif', fontSize: 12, color: '#1b1f24' };
  chart.setOption({
    animation: false,
    textStyle: font,
    legend: { top: 0, textStyle: font },
    grid: { left: 48, right: 48, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: report.points.map((p) => w.day(p.date)), axisLabel: { ...font, hideOverlap: true } },
    yAxis: [
      { type: 'value', name: words.percentDone, min: 0, max: 100, axisLabel: font, nameTextStyle: font },
      { type: 'value', name: words.tasks, minInterval: 1, axisLabel: font, nameTextStyle: font, splitLine: { show: false } },
    ],
    series: [
      { name: words.percentDone, type: 'line', data: report.points.map((p) => p.percent_done), color: '#1a7f37', symbolSize: 5, lineStyle: { width: 2.5 } },
      { name: words.overdue, type: 'bar', yAxisIndex: 1, data: report.points.map((p) => p.overdue), color: '#b42318', barMaxWidth: 14 },
      { name: words.atRisk, type: 'bar', yAxisIndex: 1, data: report.points.map((p) => p.at_risk), color: '#d97706', barMaxWidth: 14 },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const first = report.points[0];
  const last = report.points.at(-1);
  const label =
    first === undefined || last === undefined
      ? words.empty
      : words.label(w.percent(first.percent_done), w.day(first.date), w.percent(last.percent_done), w.day(last.date), w.number(first.overdue), w.number(last.overdue));
  // The SVG is ECharts' own output from numbers, dates and catalogue words, never text from the data; the label is escaped here.
  return `<figure role="img" aria-label="${escapeHtml(label)}">${svg.replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ')}<figcaption>${escapeHtml(label)}</figcaption></figure>\n`;
}
