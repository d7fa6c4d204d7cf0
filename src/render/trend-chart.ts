import { formatDay } from '../domain/calendar.js';
import type { TrendReport } from '../reports/trend.js';
import { escapeHtml } from './format-html.js';

/**
 * The trend as an inline SVG, drawn now by Apache ECharts' server-side SVG
 * renderer (no DOM, no script in the page): percent done as a line against
 * the left axis, overdue and at risk as bars against the right. ECharts is
 * loaded here, lazily, so no other command pays for it.
 */
export async function trendChartSvg(report: TrendReport, width = 760, height = 320): Promise<string> {
  const [{ init, use }, { LineChart, BarChart }, { GridComponent, LegendComponent }, { SVGRenderer }] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  const font = { fontFamily: 'system-ui, "DejaVu Sans", sans-serif', fontSize: 12, color: '#1b1f24' };
  chart.setOption({
    animation: false,
    textStyle: font,
    legend: { top: 0, textStyle: font },
    grid: { left: 48, right: 48, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: report.points.map((p) => formatDay(p.date)), axisLabel: { ...font, hideOverlap: true } },
    yAxis: [
      { type: 'value', name: '% done', min: 0, max: 100, axisLabel: font, nameTextStyle: font },
      { type: 'value', name: 'tasks', minInterval: 1, axisLabel: font, nameTextStyle: font, splitLine: { show: false } },
    ],
    series: [
      { name: '% done', type: 'line', data: report.points.map((p) => p.percent_done), color: '#1a7f37', symbolSize: 5, lineStyle: { width: 2.5 } },
      { name: 'overdue', type: 'bar', yAxisIndex: 1, data: report.points.map((p) => p.overdue), color: '#b42318', barMaxWidth: 14 },
      { name: 'at risk', type: 'bar', yAxisIndex: 1, data: report.points.map((p) => p.at_risk), color: '#d97706', barMaxWidth: 14 },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const first = report.points[0];
  const last = report.points.at(-1);
  const label = first === undefined || last === undefined ? 'No history to chart.' : `Percent done went from ${first.percent_done.toFixed(1)} % on ${formatDay(first.date)} to ${last.percent_done.toFixed(1)} % on ${formatDay(last.date)}; overdue from ${first.overdue} to ${last.overdue}.`;
  // The SVG is ECharts' own output from numbers and dates; only the label carries words, and it is escaped.
  return `<figure role="img" aria-label="${escapeHtml(label)}">${svg.replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ')}<figcaption>${escapeHtml(label)}</figcaption></figure>\n`;
}
