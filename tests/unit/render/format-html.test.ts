import { describe, expect, it } from 'vitest';
import { CSP, escapeHtml, formatHtml, sectionHtml } from '../../../src/render/format-html.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['Bộ Công an', 'Bộ Công an'],
    ['right\u202Eleft', 'right\\u202Eleft'], // a bidi override is shown, never applied
    ['line\nbreak', 'line break'],
  ])('%j → %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('sectionHtml', () => {
  it('labels each cell with its column for the phone layout, and escapes every cell', () => {
    const html = sectionHtml({ heading: 'Overdue <b>', columns: [{ header: 'ID' }, { header: 'Days', align: 'right' }], rows: [[{ text: '<img src=x onerror=alert(1)>', tone: 'strong' }, { text: '12', tone: 'bad' }]], empty: '' });
    expect(html).toBe(
      '<h3>Overdue &lt;b&gt;</h3>\n<table><thead><tr><th scope="col" class="fit">ID</th><th scope="col" class="num">Days</th></tr></thead><tbody>\n' +
        '<tr><td data-label="ID" class="fit strong">&lt;img src=x onerror=alert(1)&gt;</td><td data-label="Days" class="num bad">12</td></tr>\n</tbody></table>\n',
    );
  });

  it('says the empty sentence instead of an empty table', () => {
    expect(sectionHtml({ heading: 'At risk', columns: [], rows: [], empty: 'No task is at risk.' })).toBe('<h3>At risk</h3>\n<p class="empty">No task is at risk.</p>\n');
  });
});

describe('formatHtml', () => {
  it('is one self-contained page: lang, a policy that forbids scripts, no external reference', () => {
    const page = formatHtml('Changes', []);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toContain('script-src');
    expect(page).not.toMatch(/<script|<link|@import|url\(|src=/);
  });
});
