import { describe, expect, it } from 'vitest';
import { dependencyGraph } from '../../../src/reports/dependency-graph.js';
import { dotString, formatDot } from '../../../src/render/format-dot.js';
import { readGraphvizSvg, renderWithDot } from '../../helpers/read-graphviz-svg.js';
import { GRAPH_IDS, graphDataset } from '../../helpers/graph-fixture.js';

// Every DOT we write is laid out by the real Graphviz (`dot`) and read back
// from its SVG: the boxes, the lines of text in them, their colours, the
// clusters and the arrows.

const HOSTILE: [string, string, string, string, string, string] = [
  'Say "hello" to [the] {world} | now',
  'A --> B -> C; D -- E',
  'back\\slash at the end \\',
  'escapes \\n \\l \\N \\G stay literal',
  '<b>not html</b> & &amp; %% #35; `tick`',
  'Tổng hợp lộ trình của các bộ, ngành',
];

const ds = graphDataset(HOSTILE);

describe('dotString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['end\\', '"end\\\\"'],
    ['MOJ-02', '"MOJ-02"'],
    ['R&D &amp;', '"R&amp;D &amp;amp;"'],
  ])('%s → %s', (text, expected) => {
    expect(dotString(text)).toBe(expected);
  });
});

describe('formatDot, read back through Graphviz', () => {
  const svg = readGraphvizSvg(renderWithDot(formatDot(dependencyGraph(ds))));
  const node = (id: string) => svg.nodes.find((n) => n.title === id)!;

  it('draws one box per task, titled by its id, with the title text intact (quotes, brackets, arrows, backslashes)', () => {
    expect(svg.nodes.map((n) => n.title).sort()).toEqual(['GO-1', 'MIC-1', 'MIC-2', 'MOF-1', 'MOJ-1', 'MOJ-2']);
    const shown = (id: string) => node(id).lines.slice(1, -1).join(' ');
    // Each task's title, in the order graphDataset gives them.
    expect(GRAPH_IDS.map(shown)).toEqual(HOSTILE);
    expect(node('MOJ-2').lines[0]).toBe('MOJ-2');
    expect(node('MOJ-2').lines.at(-1)).toBe('due 2024-12');
  });

  it('colours overdue red, at risk amber, done and cancelled grey', () => {
    expect([node('MOF-1').fill, node('MOF-1').stroke]).toEqual(['#fde0dc', '#c62828']);
    expect([node('MOJ-1').fill, node('MOJ-1').stroke]).toEqual(['#ffecb3', '#b26a00']);
    expect([node('GO-1').fill, node('GO-1').stroke]).toEqual(['#e0e0e0', '#9e9e9e']);
    expect(node('MIC-2').fill).toBe('#eeeeee');
    expect(node('MIC-1').fill).toBe('#ffffff');
  });

  it('clusters by ministry, labelled with code and name', () => {
    expect(svg.clusters.map((c) => c.lines.join(' '))).toEqual(['GO: Ministry GO', 'MIC: Ministry MIC', 'MOF: Ministry MOF', 'MOJ: Ministry MOJ']);
  });

  it('draws an arrow from each dependency to the task that waits on it', () => {
    expect(svg.edges.sort()).toEqual(['GO-1->MOJ-1', 'MOF-1->MOJ-1', 'MOJ-1->MOJ-2']);
  });

  it('the focus task has a heavier border, and the heading names the chain and the filter', () => {
    const dot = formatDot(dependencyGraph(ds, { focus: 'MOJ-1' }), { subtitle: 'ministry MOJ' });
    expect(dot).toMatch(/"MOJ-1" \[[^\n]*penwidth=2.5/);
    const drawn = renderWithDot(dot);
    expect(drawn).toContain('Dependencies as of 2024&#45;02&#45;01, the chain through MOJ&#45;1 (ministry MOJ)');
  });

  it('an empty graph is still a valid drawing', () => {
    const empty = dependencyGraph(ds, { filter: { owner: 'nobody' } });
    expect(readGraphvizSvg(renderWithDot(formatDot(empty))).nodes).toEqual([]);
  });
});
