import type { Section } from '../reports/report-view.js';
import { oneLine } from './sanitize.js';

// One self-contained HTML page: inline CSS, inline SVG, no script, no request
// of any kind. Text from the data is escaped where it is written, and the
// Content-Security-Policy forbids scripts, so a title written to look like
// markup stays text. Tables turn into labelled cards on a phone and keep
// their rows whole when printed on A4.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute; control and bidi characters are shown escaped, never raw. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bad: #b42318; --warn: #92400e; --good: #1a7f37; --band: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
p { margin: .4rem 0; }
.meta { color: var(--muted); margin: 0 0 .75rem; }
.headline { font-size: 1.15rem; font-weight: 600; padding: .75rem 1rem; background: var(--band); border-left: 6px solid var(--ink); margin: .75rem 0 1rem; }
.empty { color: var(--muted); font-style: italic; }
.note { border-left: 4px solid var(--warn); padding: .25rem .75rem; background: #fffbeb; }
table { width: 100%; border-collapse: collapse; margin: .25rem 0 1rem; font-size: .9rem; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
td.fit, th.fit { white-space: nowrap; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
/* A header may wrap (Vietnamese headers are long); a number never does. Without this, a wide table makes Chromium shrink the whole printed page. */
th.num, th.fit { white-space: normal; hyphens: manual; }
tr { break-inside: avoid; page-break-inside: avoid; }
.bad { color: var(--bad); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.good { color: var(--good); }
.strong { font-weight: 600; white-space: nowrap; }
.dim { color: var(--muted); }
figure { margin: .5rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85rem; }
@media (max-width: 640px) {
  main { padding: .75rem; }
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .6rem; padding: .3rem .5rem; }
  td { border: 0; padding: .15rem 0; display: flex; gap: .5rem; }
  td.num { text-align: left; }
  td.fit { white-space: normal; }
  td::before { content: attr(data-label); flex: 0 0 7.5rem; color: var(--muted); font-weight: 400; }
}
@page { size: A4; margin: 12mm 11mm; }
@media print {
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  table { font-size: 8.5pt; }
  h2 { margin-top: 1.2rem; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A section's table (or its "empty" sentence) with its heading at `level`. */
export function sectionHtml(s: Section, level: 2 | 3 = 3): string {
  const heading = s.heading === '' ? '' : `<h${level}>${escapeHtml(s.heading)}</h${level}>\n`;
  if (s.rows.length === 0) return s.empty === '' ? heading : `${heading}<p class="empty">${escapeHtml(s.empty)}</p>\n`;
  // Short columns (ids, codes, kinds) never break inside a word; free text wraps.
  const fit = (i: number) => (s.columns[i]?.flex ? '' : 'fit');
  const num = (i: number) => (s.columns[i]?.align === 'right' ? ' class="num"' : fit(i) ? ' class="fit"' : '');
  const head = `<thead><tr>${s.columns.map((col, i) => `<th scope="col"${num(i)}>${escapeHtml(col.header)}</th>`).join('')}</tr></thead>`;
  const body = s.rows
    .map((row) => {
      const cells = row.map((cell, i) => {
        const classes = [s.columns[i]?.align === 'right' ? 'num' : fit(i), cell.tone ?? ''].filter(Boolean).join(' ');
        return `<td data-label="${escapeHtml(s.columns[i]?.header ?? '')}"${classes ? ` class="${classes}"` : ''}>${escapeHtml(cell.text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `${heading}<table>${head}<tbody>\n${body}\n</tbody></table>\n`;
}

export interface HtmlPage {
  title: string;
  lang: string;
  /** Already-escaped HTML for inside <main>. */
  body: string;
}

export function htmlPage(page: HtmlPage): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${page.body}</main>
</body>
</html>
`;
}

/** A report as a page: a title, then each section; `lang` is the language of its words. */
export function formatHtml(title: string, sections: readonly Section[], extra = '', lang = 'en'): string {
  return htmlPage({ title, lang, body: `<h1>${escapeHtml(title)}</h1>\n${extra}${sections.map((s) => sectionHtml(s, 2)).join('')}` });
}
