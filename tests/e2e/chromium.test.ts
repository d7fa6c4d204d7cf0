import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { CHROME, sharedBrowser } from '../helpers/chromium.js';
import { type CliResult, fixture, runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { GIT_NO_USER_CONFIG } from '../helpers/git-env.js';
import { meetingEn } from '../../src/i18n/meeting-en.js';
import { meetingVi } from '../../src/i18n/meeting-vi.js';
import { dependencyGraph } from '../../src/reports/dependency-graph.js';
import { chainsMermaid } from '../../src/render/brief-view.js';
import { formatMermaid } from '../../src/render/format-mermaid.js';
import { report } from '../helpers/brief-fixture.js';
import { renderMermaid, type MermaidResult } from '../helpers/render-mermaid.js';
import { GRAPH_IDS, graphDataset } from '../helpers/graph-fixture.js';

// What a browser shows, in the worker's one Chromium (tests/helpers/chromium.ts):
// a launch costs seconds of CPU across Chromium's processes, so everything
// p06 writes for a browser is checked in this file.
//
// The HTML brief: the page must load with no console error and no request
// beyond its own file, hold the sections and numbers of `brief --format json`
// from the same data and day, pass axe-core with no serious or critical
// violation, fit a phone's width, and print (through `p06 brief --format pdf`)
// with the headline on page one. The demo and the pages are written by main()
// in this process; the PDF is printed by a spawned p06, as a user runs it.
// Every check looks at one tab: a new browser context costs a renderer
// process, about a second of CPU, and the checks only read the page.
//
// Every Mermaid diagram p06 writes, drawn by Mermaid itself and read back:
// the boxes, the text a person sees in them, the subgraphs and the arrows
// (formatMermaid's, `p06 graph`'s and the brief's chains behind overdue work).
// Mermaid, seconds of script to compile, is loaded once, in one page
// (tests/helpers/render-mermaid.ts).

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

const HOSTILE: [string, string, string, string, string, string] = [
  'Say "hello" to [the] {world} | now',
  'A --> B -> C; D -- E ==> F',
  'back\\slash: style x:#f00; classDef y fill:#0f0;',
  '<b>not html</b> <script>alert(1)</script> & &amp; %% #35; `tick`',
  'end subgraph click t1 call x() flowchart',
  'Tổng hợp lộ trình của các bộ, ngành (đợt 2)',
];

const ds = graphDataset(HOSTILE);

const full = formatMermaid(dependencyGraph(ds));
const focused = formatMermaid(dependencyGraph(ds, { focus: 'MOJ-1' }), { subtitle: 'owner "x" --> y' });
const empty = formatMermaid(dependencyGraph(ds, { filter: { owner: 'nobody' } }));
const [drawn, chain, none] = (await renderMermaid([full, focused, empty])) as [MermaidResult, MermaidResult, MermaidResult];

describe('formatMermaid, drawn by Mermaid', () => {
  const byTask = (r: MermaidResult) => new Map(r.nodes.map((n) => [n.text.split('\n')[0]!, n]));

  it('draws every diagram without a parse error', () => {
    expect([drawn.error, chain.error, none.error]).toEqual([undefined, undefined, undefined]);
  });

  it('shows each title exactly as written: quotes, brackets, arrows, keywords, HTML and entities stay text', () => {
    const nodes = byTask(drawn);
    expect([...nodes.keys()].sort()).toEqual(['GO-1', 'MIC-1', 'MIC-2', 'MOF-1', 'MOJ-1', 'MOJ-2']);
    const shown = (id: string) => nodes.get(id)!.text.split('\n').slice(1, -1).join(' ');
    // Each task's title, in the order graphDataset gives them.
    expect(GRAPH_IDS.map(shown)).toEqual(HOSTILE);
    expect(nodes.get('MOJ-2')!.text.split('\n').at(-1)).toBe('due 2024-12');
  });

  it('gives each state its class: overdue, at risk, done, cancelled', () => {
    const nodes = byTask(drawn);
    expect(nodes.get('MOF-1')!.classes).toContain('overdue');
    expect(nodes.get('MOJ-1')!.classes).toContain('atRisk');
    expect(nodes.get('GO-1')!.classes).toContain('done');
    expect(nodes.get('MIC-2')!.classes).toContain('cancelled');
    expect(full).toContain('classDef overdue fill:#fde0dc,stroke:#c62828');
  });

  it('one subgraph per ministry, and an arrow from each dependency to the task that waits on it', () => {
    expect([...drawn.clusters].sort()).toEqual(['GO: Ministry GO', 'MIC: Ministry MIC', 'MOF: Ministry MOF', 'MOJ: Ministry MOJ']);
    const id = new Map(drawn.nodes.map((n) => [n.id, n.text.split('\n')[0]]));
    expect(drawn.edges.map((e) => e.split('->').map((x) => id.get(x)).join('->')).sort()).toEqual(['GO-1->MOJ-1', 'MOF-1->MOJ-1', 'MOJ-1->MOJ-2']);
  });

  it('--focus draws only the chain, the focus marked', () => {
    expect([...byTask(chain).keys()].sort()).toEqual(['GO-1', 'MOF-1', 'MOJ-1', 'MOJ-2']);
    expect(byTask(chain).get('MOJ-1')!.classes).toContain('focus');
    expect(focused.split('\n').slice(0, 3)).toEqual(['---', 'title: "Dependencies as of 2024-02-01, the chain through MOJ-1 (owner \\"x\\" --> y)"', '---']);
  });

  it('an empty graph still draws', () => {
    expect(none.nodes).toEqual([]);
  });
});

describe('p06 graph, drawn by Mermaid', () => {
  // tests/fixtures/exports as of 2024-02-01 (see tests/e2e/exports.test.ts).
  const AS_OF = ['--as-of', '2024-02-01'];
  const CWD = { cwd: fixture('exports') };
  const TITLE = 'Tổng hợp lộ trình "đợt 2" [466 thủ tục] --> Thủ tướng; A -> B {x} | y \\ z & #35;';
  const VSS1 = 'Báo cáo số thẻ bảo hiểm y tế tích hợp vào căn cước';
  const p06 = (args: string[]) => runMain([...args, ...AS_OF], CWD);
  function ok(r: CliResult): string {
    expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
    return r.stdout;
  }

  it('the default, Mermaid, is drawn by Mermaid itself: every task, the title as written, in either language', async () => {
    const [all, mine, vi] = await Promise.all([p06(['graph']), p06(['graph', '--ministry', 'MOJ', '--owner', 'vụ']), p06(['graph', '--lang', 'vi', '--ministry', 'BHXHVN'])]);
    const [drawn, filtered, inVi] = await renderMermaid([ok(all), ok(mine), ok(vi)]);
    expect(drawn!.error).toBeUndefined();
    const texts = new Map(drawn!.nodes.map((n) => [n.text.split('\n')[0], n.text.split('\n')]));
    expect([...texts.keys()].sort()).toEqual(['MOF-1', 'MOF-2', 'MOF-3', 'MOJ-1', 'MOJ-2', 'MOJ-3', 'VSS-1', 'VSS-2']);
    expect(texts.get('MOJ-1')!.slice(1, -1).join(' ')).toBe(TITLE);
    expect(filtered!.nodes.map((n) => n.text.split('\n')[0])).toEqual(['MOJ-1']);
    expect(ok(mine)).toContain('title: "Dependencies as of 2024-02-01 (ministry MOJ; owner containing \\"vụ\\")"');
    expect(inVi!.error).toBeUndefined();
    expect(inVi!.clusters).toEqual(['BHXHVN: Bảo hiểm xã hội Việt Nam']);
    expect(inVi!.nodes.map((n) => n.text.split('\n').join(' '))).toEqual([`VSS-1 ${VSS1} báo cáo mỗi quý`, 'VSS-2 Report the records matched with the population database báo cáo mỗi tháng']);
  }, 120_000);
});

describe('the brief’s chains, drawn by Mermaid', () => {
  it('the chains behind overdue work, drawn by Mermaid: boxes, words and arrows', async () => {
    // The Markdown block without its fence, as GitHub hands it to Mermaid.
    const diagram = (text: string) => text.replace(/^```mermaid\n/, '').replace(/```\n$/, '');
    expect(chainsMermaid(report, meetingEn)).toMatch(/^```mermaid\ngraph LR\n[^]*\n```\n$/);
    const [en, vi] = await renderMermaid([diagram(chainsMermaid(report, meetingEn)), diagram(chainsMermaid(report, meetingVi))]);
    expect(en!.error).toBeUndefined();
    expect(en!.nodes.map((n) => n.text)).toEqual(['GO-1: overdue 91 d', 'MOJ-1: at risk', 'MOJ-2: at risk']);
    expect(en!.nodes.map((n) => n.id)).toEqual(['t1', 't2', 't3']);
    expect(en!.edges.sort()).toEqual(['t1->t2', 't2->t3']);
    expect(vi!.nodes.map((n) => n.text)).toEqual(['GO-1: quá hạn 91 ngày', 'MOJ-1: có nguy cơ chậm', 'MOJ-2: có nguy cơ chậm']);
  });
});
