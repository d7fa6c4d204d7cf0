import { dataset, task } from './task-records.js';

/** The graph's task ids, in the order of the titles graphDataset is given. */
export const GRAPH_IDS = ['MOF-1', 'GO-1', 'MOJ-1', 'MOJ-2', 'MIC-1', 'MIC-2'];

/**
 * The dependency graph the DOT and Mermaid writers are drawn from, as of
 * 2024-02-01, its six tasks titled with `titles` (each writer's own hostile
 * text): MOF-1 overdue; GO-1 done; MOJ-1 waiting on both, at risk; MOJ-2
 * waiting on MOJ-1; MIC-1 unrelated; MIC-2 cancelled.
 */
export function graphDataset(titles: readonly [string, string, string, string, string, string]) {
  return dataset('2024-02-01', [
    task('MOF-1', { deadline: '2024-01-31', title: titles[0] }),
    task('GO-1', { status: 'done', deadline: '2024-01-15', completed: '2024-01-10', title: titles[1] }),
    task('MOJ-1', { deadline: '2024-06-30', depends_on: ['MOF-1', 'GO-1'], title: titles[2] }),
    task('MOJ-2', { deadline: '2024-12', depends_on: ['MOJ-1'], title: titles[3] }),
    task('MIC-1', { deadline: '2025', title: titles[4] }),
    task('MIC-2', { status: 'cancelled', deadline: '2024-03', title: titles[5] }),
  ]);
}
