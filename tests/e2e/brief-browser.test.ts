import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME, sharedBrowser } from '../helpers/chromium.js';
import { fixture, runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { GIT_NO_USER_CONFIG } from '../helpers/git-env.js';

// The HTML brief in a real browser (the worker's Chromium,
// tests/helpers/chromium.ts). The page must load with no console error and no
// request beyond its own file, hold the sections and numbers of
// `brief --format json` from the same data and day, pass axe-core with no
// serious or critical violation, fit a phone's width, and print (through
// `p06 brief --format pdf`) with the headline on page one. The demo and the
// pages are written by main() in this process; the PDF is printed by a
// spawned p06, as a user runs it.
//
// Every check looks at one tab: a new browser context costs a renderer
// process, about a second of CPU, and the checks only read the page.

const run = promisify(execFile);
const env = GIT_NO_USER_CONFIG;
const AS_OF = '2025-03-01';

let scratch: string;
let repo: string;
let html: string;
let brief: {
  headline: Record<string, number>;
  changes: unknown[];
  decisions: { task: string; why: string }[];
  overdue_by_first_due_year: Record<string, number>;
  ministries: { ministry: string; overdue: number; percent_done: number }[];
};
let page: Page;
/** What the tab reported: console errors and warnings, page errors, and requests for anything but the file shown. */
const problems: string[] = [];
let shown = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'p06-brief-'));
  repo = join(scratch, 'demo');
  expect((await runMain(['demo', repo], { cwd: fixture('demo-history'), env })).exitCode).toBe(0);
  const out = await runMain(['brief', '--as-of', AS_OF, '--since', 'meeting-2024-01-25', '--output', 'brief.html'], { cwd: repo, env });
  expect(out.stderr).toBe('p06: wrote brief.html\n');
  html = join(repo, 'brief.html');
  const json = await runMain(['brief', '--as-of', AS_OF, '--since', 'meeting-2024-01-25', '--format', 'json'], { cwd: repo, env });
  brief = JSON.parse(json.stdout);
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== shown) problems.push(`request: ${r.url()}`);
  });
}, 120_000);

afterAll(async () => {
  await page?.context().close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Shows a file in the tab (the brief unless told), at the desktop size unless told. */
async function show(file = html, viewport = { width: 1200, height: 900 }): Promise<void> {
  await page.setViewportSize(viewport);
  shown = pathToFileURL(file).href;
  await page.goto(shown, { waitUntil: 'load' });
}

/**
 * axe-core's serious and critical violations on the page shown. The page's
 * policy forbids scripts; axe is evaluated through the DevTools protocol,
 * which the policy does not govern, so the page is checked as it is served.
 */
async function seriousViolations(): Promise<string[]> {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}

const cellTexts = (selector: string) => page.$$eval(selector, (cells) => cells.map((c) => (c.textContent ?? '').trim()));

describe('the HTML brief in Chromium', { timeout: 120_000 }, () => {
  test('loads with no console error and no request beyond its own file; the sections in order', async () => {
    await show();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.$$eval('main section[id]', (s) => s.map((x) => x.id))).toEqual(['headline', 'changes', 'decisions', 'overdue', 'ministries', 'trend']);
    // Scripts: none in the page, and the policy would refuse one.
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("default-src 'none'");
    // The chart is an inline SVG drawn at build time.
    expect(await page.$$eval('#trend figure svg path', (p) => p.length)).toBeGreaterThan(5);
    // A title written as markup (MPS-01's) is shown as text.
    expect(await page.$$eval('img, iframe, object, embed', (e) => e.length)).toBe(0);
    expect(await page.textContent('#decisions')).toContain('health insurance system <img src=x onerror=alert(1)>');
    expect(problems).toEqual([]);
  });

  test('the numbers are those of brief --format json for the same day', async () => {
    await show();
    const h = brief.headline;
    const headline = (await page.textContent('.headline'))!;
    expect(headline).toBe(
      `${h.total} tasks; ${h.done} done (${h.percent_done!.toFixed(1)}%); ${h.recurring} recurring; ${h.in_progress} in progress; ${h.not_started} not started; ` +
        `${h.overdue} overdue, of which ${Object.values(brief.overdue_by_first_due_year).join('')} behind schedule since ${Object.keys(brief.overdue_by_first_due_year).join('')}; ${h.at_risk} at risk; 1 cancelled.`,
    );
    // Changes: one row per entry; decisions likewise.
    expect(await page.$$eval('#changes table:first-of-type tbody tr', (r) => r.length)).toBe(brief.changes.length);
    expect(await cellTexts('#decisions tbody tr td:first-child')).toEqual(brief.decisions.map((d) => d.task));
    // Worst first, as the JSON orders them, then the total (ministries only: no subtotal).
    const codes = await cellTexts('#ministries tbody tr td:first-child');
    expect(codes).toEqual([...brief.ministries.map((m) => m.ministry), 'Total']);
    const overdue = await cellTexts('#ministries tbody tr td:nth-child(8)');
    expect(overdue.slice(0, brief.ministries.length).map(Number)).toEqual(brief.ministries.map((m) => m.overdue));
    expect(Number(overdue.at(-1))).toBe(h.overdue);
    // Overdue grouped by first-due year.
    for (const [year, n] of Object.entries(brief.overdue_by_first_due_year)) {
      expect(await page.textContent('#overdue')).toContain(`Behind schedule since ${year}: ${n} task${n === 1 ? '' : 's'}`);
    }
  });

  test('axe-core finds no serious or critical violation', async () => {
    await show();
    expect(await seriousViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('in Vietnamese: lang="vi", the same sections, no console error or request, axe-core clean', async () => {
    const r = await runMain(['--lang', 'vi', 'brief', '--as-of', AS_OF, '--since', 'meeting-2024-01-25', '--output', 'brief-vi.html'], { cwd: repo, env });
    expect(r.stderr).toBe('p06: đã ghi brief-vi.html\n');
    await show(join(repo, 'brief-vi.html'));
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const headings = await cellTexts('main section[id] > h2');
    expect(headings[1]).toMatch(/^2\. Thay đổi từ meeting-2024-01-25 \(25\/01\/2024, [0-9a-f]{7}\)$/);
    expect(headings.filter((_, i) => i !== 1)).toEqual([
      '1. Tình hình chung',
      '3. Nội dung xin ý kiến chỉ đạo',
      '4. Nhiệm vụ quá hạn và có nguy cơ chậm',
      '5. Các bộ, ngành, địa phương, chậm nhất trước',
      '6. Diễn biến và chuỗi phụ thuộc sau các nhiệm vụ quá hạn',
    ]);
    expect(await cellTexts('#ministries tbody tr td:first-child')).toEqual([...brief.ministries.map((m) => m.ministry), 'Tổng cộng']);
    expect(await seriousViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('on a phone nothing scrolls sideways', async () => {
    await show(html, { width: 360, height: 740 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: join(scratch, 'phone.png'), fullPage: false });
    expect(problems).toEqual([]);
  });
});

// One print, in Vietnamese: the English PDF is the same page in other words,
// and those words are checked in the browser above. Vietnamese is the harder
// case for a PDF (its diacritics must survive into the text layer).
describe('the PDF brief', { timeout: 180_000 }, () => {
  test('printed by the installed Chromium: A4 pages, the headline on page one, its diacritics read back', async () => {
    const r = await runCli(['--lang', 'vi', 'brief', '--as-of', AS_OF, '--since', 'meeting-2024-01-25', '--format', 'pdf', '--output', 'brief-vi.pdf'], { cwd: repo, env: { ...env, CHROME_PATH: CHROME! } });
    expect(r.stderr).toBe('p06: đã ghi brief-vi.pdf\n');
    expect(r.exitCode).toBe(0);
    const pdf = join(repo, 'brief-vi.pdf');
    const info = (await run('pdfinfo', [pdf])).stdout;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    // The small demo's brief: the headline and changes, decisions and overdue, the ministries, the trend.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m);
    const first = (await run('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'])).stdout.replace(/\s+/g, ' ');
    expect(first).toContain('1. Tình hình chung');
    expect(first).toContain(`${brief.headline.total} nhiệm vụ; ${brief.headline.done} đã hoàn thành (42,9 %); 1 thực hiện thường xuyên; 2 đang thực hiện`);
    // Every heading of the brief is somewhere in the document.
    const all = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
    for (const heading of ['2. Thay đổi từ meeting-2024-01-25', '3. Nội dung xin ý kiến chỉ đạo', '4. Nhiệm vụ quá hạn và có nguy cơ chậm', '5. Các bộ, ngành, địa phương, chậm nhất trước', '6. Diễn biến và chuỗi phụ thuộc sau các nhiệm vụ quá hạn']) {
      expect(all).toContain(heading);
    }
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(scratch, 'page')]);
  });
});
