import { describe, expect, it } from 'vitest';
import { dependencyGraph } from '../../../src/reports/dependency-graph.js';
import { renderSvg } from '../../../src/render/render-svg.js';
import { readGraphvizSvg } from '../../helpers/read-graphviz-svg.js';
import { dataset, task } from '../../helpers/task-records.js';

const ds = dataset('2024-02-01', [
  task('MOF-1', { deadline: '2024-01-31', title: 'Say "hi" & [x] --> {y} \\n' }),
  task('MOJ-1', { deadline: '2024-06-30', depends_on: ['MOF-1'], title: 'Bộ Tư pháp tổng hợp' }),
]);

describe('renderSvg', () => {
  it('draws the DOT with Graphviz in WebAssembly: boxes, text, colours and arrows', async () => {
    const svg = await renderSvg(dependencyGraph(ds), { subtitle: 'all' });
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg [\s\S]*<\/svg>\s*$/);
    const drawn = readGraphvizSvg(svg);
    expect(drawn.nodes.map((n) => [n.title, n.lines.slice(1, -1).join(' '), n.fill])).toEqual([
      ['MOF-1', 'Say "hi" & [x] --> {y} \\n', '#fde0dc'],
      ['MOJ-1', 'Bộ Tư pháp tổng hợp', '#ffecb3'],
    ]);
    expect(drawn.edges).toEqual(['MOF-1->MOJ-1']);
    expect(drawn.clusters.map((c) => c.lines.join(' '))).toEqual(['MOF: Ministry MOF', 'MOJ: Ministry MOJ']);
  });

  it('the same graph draws the same bytes', async () => {
    expect(await renderSvg(dependencyGraph(ds))).toBe(await renderSvg(dependencyGraph(ds)));
  });
});
