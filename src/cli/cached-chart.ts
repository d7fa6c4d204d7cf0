import { hashKey } from '../load/cache-store.js';
import { BUILD, VERSION } from '../domain/version.js';
import type { ChartDrawer } from '../render/trend-chart.js';
import type { Workspace } from '../workspace/open-workspace.js';

/**
 * The trend chart, kept in the cache: the same points in the same language
 * draw the same SVG, and loading ECharts to draw it is a fifth of a warm
 * brief. The key is every number and date the chart shows, the language
 * and the build, so an entry can never be out of date.
 */
export function cachedChart(ws: Workspace): ChartDrawer {
  return async (report, w) => {
    const drawn = report.points.map((p) => [p.date, p.percent_done, p.overdue, p.at_risk]);
    const key = hashKey([VERSION, BUILD, 'trend-chart', w.lang, JSON.stringify(drawn)]);
    const kept = ws.cache.get(key, isChart);
    if (kept !== undefined) return kept.svg;
    const { trendChartSvg } = await import('../render/trend-chart.js');
    const svg = await trendChartSvg(report, w);
    ws.cache.set(key, { svg });
    return svg;
  };
}

/**
 * The page takes the figure as markup, so an entry must look like what
 * trendChartSvg writes: one figure holding an SVG (with ECharts' own hover
 * styles), with no script, no event attribute and nothing fetched from
 * outside (the page's policy forbids scripts and requests as well).
 */
function isChart(v: unknown): v is { svg: string } {
  if (typeof v !== 'object' || v === null) return false;
  const svg = (v as { svg?: unknown }).svg;
  return (
    typeof svg === 'string' &&
    svg.startsWith('<figure role="img" aria-label="') &&
    svg.endsWith('</figcaption></figure>\n') &&
    !/<\s*(?:script|iframe|object|embed|foreignObject|a|img|image|use|link)\b|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=|@import|url\(\s*(?!['"]?#)/i.test(svg)
  );
}
