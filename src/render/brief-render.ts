import type { MeetingWords } from '../i18n/meeting-words.js';
import type { BriefReport } from '../reports/brief.js';
import { briefParts, briefTitle, chainsMermaid, headlineText } from './brief-view.js';
import { pointText } from './changes-view.js';
import { escapeHtml, htmlPage, sectionHtml } from './format-html.js';
import { formatMarkdown, markdownCell } from './format-markdown.js';
import { trendChartSvg, type ChartDrawer } from './trend-chart.js';

/** The brief as one self-contained page: the headline on top, then the parts, the trend drawn as an SVG chart. */
export async function briefHtml(r: BriefReport, w: MeetingWords, drawChart: ChartDrawer = trendChartSvg): Promise<string> {
  const chart = await drawChart(r.trend, w);
  const parts = briefParts(r, w)
    .map((part, i) => {
      const sections = part.sections.map((s) => sectionHtml(s, 3)).join('');
      const body = part.id === 'trend' ? chart + sections : sections;
      return `<section id="${part.id}" aria-labelledby="${part.id}-title">\n<h2 id="${part.id}-title">${i + 2}. ${escapeHtml(part.title)}</h2>\n${body}</section>\n`;
    })
    .join('');
  const header = `<header>
<h1>${escapeHtml(briefTitle(r, w))}</h1>
<p class="meta">${escapeHtml(w.meeting.meta(pointText(r.since, w)))}</p>
<section id="headline" aria-labelledby="headline-title"><h2 id="headline-title">1. ${escapeHtml(w.meeting.part.headline)}</h2>
<p class="headline">${escapeHtml(headlineText(r, w))}</p></section>
</header>
`;
  return htmlPage({ title: briefTitle(r, w), lang: w.lang, body: header + parts });
}

/** The same parts for the minutes and GitHub, with the dependency chains as a Mermaid diagram. */
export function briefMarkdown(r: BriefReport, w: MeetingWords): string {
  const out = [`# ${markdownCell(briefTitle(r, w))}`, '', `**${markdownCell(headlineText(r, w))}**`, '', markdownCell(w.meeting.meta(pointText(r.since, w))), ''];
  briefParts(r, w).forEach((part, i) => {
    out.push(`## ${i + 2}. ${markdownCell(part.title)}`, '');
    out.push(formatMarkdown(part.sections));
    if (part.id === 'trend') {
      const mermaid = chainsMermaid(r, w);
      if (mermaid !== '') out.push('', mermaid);
    }
  });
  out.push(`_${markdownCell(w.meeting.asOfLine(w.longDay(r.asOf)))}_`, '');
  return out.join('\n');
}
