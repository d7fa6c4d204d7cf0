import { describe, expect, it } from 'vitest';
import { dependencyGraph, type DependencyGraph } from '../../../src/reports/dependency-graph.js';
import { dataset, task } from '../../helpers/task-records.js';

// As of 2024-02-01: MOF-1 overdue → MOJ-1 at risk → MOJ-2 at risk; GO-1 done → MOJ-1;
// MIC-1 open and unrelated; MIC-2 cancelled; MOH-1 waits on MPS-9, which is not in the data.
const ds = dataset('2024-02-01', [
  task('MOF-1', { deadline: '2024-01-31' }),
  task('GO-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10' }),
  task('MOJ-1', { deadline: '2024-06-30', depends_on: ['MOF-1', 'GO-1'] }),
  task('MOJ-2', { deadline: '2024-12', depends_on: ['MOJ-1'] }),
  task('MIC-1', { deadline: '2025' }),
  task('MIC-2', { status: 'cancelled', deadline: '2024-03' }),
  task('MOH-1', { deadline: '2025', depends_on: ['MPS-9'] }),
]);

const nodes = (g: DependencyGraph) => g.clusters.map((c) => `${c.ministry || '?'}: ${c.nodes.map((n) => `${n.id}=${n.state}${n.focus ? '*' : ''}`).join(' ')}`);
const edges = (g: DependencyGraph) => g.edges.map((e) => `${e.from}->${e.to}`);

describe('dependencyGraph', () => {
  it('clusters every task by ministry in code order, coloured by state, with a node for a dependency not in the data', () => {
    const g = dependencyGraph(ds);
    expect(nodes(g)).toEqual([
      'GO: GO-1=done',
      'MIC: MIC-1=open MIC-2=cancelled',
      'MOF: MOF-1=overdue',
      'MOH: MOH-1=open',
      'MOJ: MOJ-1=at-risk MOJ-2=at-risk',
      '?: MPS-9=missing',
    ]);
    expect(edges(g)).toEqual(['GO-1->MOJ-1', 'MOF-1->MOJ-1', 'MOJ-1->MOJ-2', 'MPS-9->MOH-1']);
    expect(g!.clusters[0]!.name).toBe('Ministry GO');
  });

  it('--focus draws only the chain: everything upstream and downstream, transitively', () => {
    const g = dependencyGraph(ds, { focus: 'MOJ-1' });
    expect(nodes(g)).toEqual(['GO: GO-1=done', 'MOF: MOF-1=overdue', 'MOJ: MOJ-1=at-risk* MOJ-2=at-risk']);
    expect(edges(g)).toEqual(['GO-1->MOJ-1', 'MOF-1->MOJ-1', 'MOJ-1->MOJ-2']);
    expect(g!.focus).toBe('MOJ-1');
  });

  it('--focus on the end of a chain reaches back to its start', () => {
    expect(nodes(dependencyGraph(ds, { focus: 'MOJ-2' }))).toEqual(['GO: GO-1=done', 'MOF: MOF-1=overdue', 'MOJ: MOJ-1=at-risk MOJ-2=at-risk*']);
  });

  it('a filter keeps only matching tasks, and only the edges between them', () => {
    const g = dependencyGraph(ds, { filter: { ministries: ['MOJ'] } });
    expect(nodes(g)).toEqual(['MOJ: MOJ-1=at-risk MOJ-2=at-risk']);
    expect(edges(g)).toEqual(['MOJ-1->MOJ-2']);
  });

  it('a filter with a focus keeps the focus even when it does not match', () => {
    expect(nodes(dependencyGraph(ds, { focus: 'MOJ-1', filter: { ministries: ['MOF'] } }))).toEqual(['MOF: MOF-1=overdue', 'MOJ: MOJ-1=at-risk*']);
  });

  it('a focus that names no task is an error that names the nearest id', () => {
    expect(() => dependencyGraph(ds, { focus: 'MOJ-3' })).toThrow('no task MOJ-3 in the data; did you mean MOJ-1?');
  });

  it('a task with no dependencies in focus is drawn alone', () => {
    expect(nodes(dependencyGraph(ds, { focus: 'MIC-1' }))).toEqual(['MIC: MIC-1=open*']);
    expect(edges(dependencyGraph(ds, { focus: 'MIC-1' }))).toEqual([]);
  });
});
