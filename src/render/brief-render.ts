import { formatDay } from '../domain/calendar.js';
import type { BriefReport } from '../reports/brief.js';
import { briefParts, briefTitle, chainsMermaid, headlineText } from './brief-view.js';
import { pointText } from './changes-view.js';
import { escapeHtml, htmlPage, sectionHtml } from './format-html.js';
import { formatMarkdown, markdownCell } from './format-markdown.js';
import { trendChartSvg } from './trend-chart.js';

/** The brief as one self-contained page: the headline on top, then the parts, the trend drawn as an SVG chart. */
export async function briefHtml(r: BriefReport): Promise<string> {
  const chart = await trendChartSvg(r.trend);
  const parts = briefParts(r)
    .map((part, i) => {
      const sections = part.sections.map((s) => sectionHtml(s, 3)).join('');
      const body = part.id === 'trend' ? chart + sections : sections;
      return `<section id="${part.id}" aria-labelledby="${part.id}-title">\n<h2 id="${part.id}-title">${i + 2}. ${escapeHtml(part.title)}</h2>\n${body}</section>\n`;
    })
    .join('');
  const header = `<header>
<h1>${escapeHtml(briefTitle(r))}</h1>
<p class="meta">Changes since ${escapeHtml(pointText(r.since))}. Computed by p06 from the task files in git.</p>
<section id="headline" aria-labelledby="headline-title"><h2 id="headline-title">1. Headline</h2>
<p class="headline">${escapeHtml(headlineText(r))}</p></section>
</header>
`;
  return htmlPage({ title: briefTitle(r), lang: 'en', body: header + parts });
}

/** The same parts for the minutes and GitHub, with the dependency chains as a Mermaid diagram. */
export function briefMarkdown(r: BriefReport): string {
  const out = [`# ${markdownCell(briefTitle(r))}`, '', `**${markdownCell(headlineText(r))}**`, '', `Changes since ${markdownCell(pointText(r.since))}.`, ''];
  briefParts(r).forEach((part, i) => {
    out.push(`## ${i + 2}. ${markdownCell(part.title)}`, '');
    out.push(formatMarkdown(part.sections));
    if (part.id === 'trend') {
      const mermaid = chainsMermaid(r);
      if (mermaid !== '') out.push('', mermaid);
    }
  });
  out.push(`_As of ${formatDay(r.asOf)}._`, '');
  return out.join('\n');
}
