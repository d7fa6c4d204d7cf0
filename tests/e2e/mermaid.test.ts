import { describe, expect, it } from 'vitest';
import { meetingEn } from '../../src/i18n/meeting-en.js';
import { meetingVi } from '../../src/i18n/meeting-vi.js';
import { dependencyGraph } from '../../src/reports/dependency-graph.js';
import { chainsMermaid } from '../../src/render/brief-view.js';
import { formatMermaid } from '../../src/render/format-mermaid.js';
import { report } from '../helpers/brief-fixture.js';
import { renderMermaid, type MermaidResult } from '../helpers/render-mermaid.js';
import { fixture, type CliResult } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { dataset, task } from '../helpers/task-records.js';

// Every Mermaid diagram p06 writes, drawn by Mermaid itself in headless
// Chromium and read back: the boxes, the text a person sees in them, the
// subgraphs and the arrows. The dependency graph (formatMermaid, and
// `p06 graph` end to end) and the brief's chains behind overdue work. They
// share one file so that Mermaid, seconds of script to compile, is loaded
// once in the run (tests/helpers/render-mermaid.ts keeps one page per worker).

const HOSTILE = [
  'Say "hello" to [the] {world} | now',
  'A --> B -> C; D -- E ==> F',
  'back\\slash: style x:#f00; classDef y fill:#0f0;',
  '<b>not html</b> <script>alert(1)</script> & &amp; %% #35; `tick`',
  'end subgraph click t1 call x() flowchart',
  'Tổng hợp lộ trình của các bộ, ngành (đợt 2)',
];

const ds = dataset('2024-02-01', [
  task('MOF-1', { deadline: '2024-01-31', title: HOSTILE[0] }),
  task('GO-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10', title: HOSTILE[1] }),
  task('MOJ-1', { deadline: '2024-06-30', depends_on: ['MOF-1', 'GO-1'], title: HOSTILE[2] }),
  task('MOJ-2', { deadline: '2024-12', depends_on: ['MOJ-1'], title: HOSTILE[3] }),
  task('MIC-1', { deadline: '2025', title: HOSTILE[4] }),
  task('MIC-2', { status: 'cancelled', deadline: '2024-03', title: HOSTILE[5] }),
]);

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
    expect(shown('MOF-1')).toBe(HOSTILE[0]);
    expect(shown('GO-1')).toBe(HOSTILE[1]);
    expect(shown('MOJ-1')).toBe(HOSTILE[2]);
    expect(shown('MOJ-2')).toBe(HOSTILE[3]);
    expect(shown('MIC-1')).toBe(HOSTILE[4]);
    expect(shown('MIC-2')).toBe(HOSTILE[5]);
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
