import { describe, expect, it } from 'vitest';
import { dependencyGraph } from '../../../src/reports/dependency-graph.js';
import { formatMermaid, mermaidText } from '../../../src/render/format-mermaid.js';
import { renderMermaid, type MermaidResult } from '../../helpers/render-mermaid.js';
import { dataset, task } from '../../helpers/task-records.js';

// Every diagram is drawn by Mermaid itself in headless Chromium and read back:
// the boxes, the text a person sees in them, the subgraphs and the arrows.

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

describe('mermaidText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['say "hi"', 'say #34;hi#34;'],
    ['a --> b', 'a --#62; b'],
    ['[x]{y}(z)', '#91;x#93;#123;y#125;#40;z#41;'],
    ['#35; & ;', '#35;35#59; #38; #59;'],
    ['Bộ Tư pháp', 'Bộ Tư pháp'],
  ])('%s → %s', (text, expected) => {
    expect(mermaidText(text)).toBe(expected);
  });
});

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
