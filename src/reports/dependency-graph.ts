import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import type { Deadline } from '../domain/deadline.js';
import type { Every } from '../domain/period.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import { matches, type TaskFilter } from './filter-tasks.js';
import { taskReport } from './show.js';

/** How a node is drawn: overdue red, at risk amber, done grey (SPEC §13); cancelled grey and dashed. */
export type GraphNodeState = 'overdue' | 'at-risk' | 'done' | 'cancelled' | 'open' | 'recurring' | 'missing';

export interface GraphNode {
  id: string;
  title: string;
  /** The deadline, when the task has one. */
  deadline?: Deadline;
  /** A recurring duty's reporting period. */
  every?: Every;
  state: GraphNodeState;
  /** The task `--focus` named. */
  focus: boolean;
}

export interface GraphCluster {
  /** Ministry code; the empty string for dependencies that are not in the data (a renderer names that cluster). */
  ministry: string;
  name: string;
  /** The Vietnamese name (`name_vi`) and abbreviation (`abbr_vi`), where the data gives them. */
  nameVi?: string;
  abbrVi?: string;
  nodes: GraphNode[];
}

export interface GraphEdge {
  /** The dependency (upstream). */
  from: string;
  /** The task that waits on it (downstream). */
  to: string;
}

export interface DependencyGraph {
  kind: 'graph';
  asOf: Day;
  focus?: string;
  clusters: GraphCluster[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  filter?: TaskFilter;
  /** Draw only this task, everything it depends on and everything that depends on it, transitively. */
  focus?: string;
}

function nodeState(task: Task): GraphNodeState {
  if (task.overdue) return 'overdue';
  if (isAtRisk(task)) return 'at-risk';
  if (task.status === 'done' || task.status === 'cancelled' || task.status === 'recurring') return task.status;
  return 'open';
}

/**
 * The dependency graph of the tasks that pass the filter (and, with a focus,
 * lie on that task's chain), clustered by ministry in code order, nodes and
 * edges in id order so the same data always draws the same diagram. A
 * dependency named by a drawn task but absent from the data (left out with
 * --skip-invalid) is drawn as a "not in the data" node rather than dropped.
 * A focus that names no task is the user's to fix (with the nearest id).
 */
export function dependencyGraph(ds: Dataset, options: GraphOptions = {}): DependencyGraph {
  let chosen: Task[];
  if (options.focus !== undefined) {
    const report = taskReport(ds, options.focus);
    const onChain = new Set([report.task.id, ...report.upstream.map((t) => t.id), ...report.downstream.map((t) => t.id)]);
    chosen = ds.tasks.filter((t) => onChain.has(t.id) && (t.id === options.focus || matches(t, options.filter ?? {})));
  } else {
    chosen = ds.tasks.filter((t) => matches(t, options.filter ?? {}));
  }
  const drawn = new Set(chosen.map((t) => t.id));
  const edges: GraphEdge[] = [];
  const missing = new Set<string>();
  for (const task of chosen) {
    for (const dep of task.dependsOn) {
      if (drawn.has(dep)) edges.push({ from: dep, to: task.id });
      else if (!ds.byId.has(dep)) {
        missing.add(dep);
        edges.push({ from: dep, to: task.id });
      }
    }
  }
  edges.sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));

  const ministries = new Map(ds.ministries.map((m) => [m.code, m]));
  const byMinistry = new Map<string, GraphNode[]>();
  for (const task of chosen) {
    const node: GraphNode = { id: task.id, title: task.record.title, state: nodeState(task), focus: task.id === options.focus };
    if (task.deadline !== undefined) node.deadline = task.deadline;
    if (task.status === 'recurring' && task.record.every !== undefined) node.every = task.record.every;
    const list = byMinistry.get(task.ministry);
    if (list === undefined) byMinistry.set(task.ministry, [node]);
    else list.push(node);
  }
  const clusters: GraphCluster[] = [...byMinistry.keys()].sort(compareIds).map((code) => {
    const m = ministries.get(code);
    return { ministry: code, name: m?.name ?? code, ...(m?.nameVi === undefined ? {} : { nameVi: m.nameVi }), ...(m?.abbrVi === undefined ? {} : { abbrVi: m.abbrVi }), nodes: byMinistry.get(code)! };
  });
  if (missing.size > 0) {
    // Words are the renderer's: it says "not in the data" in the reader's language.
    clusters.push({ ministry: '', name: '', nodes: [...missing].sort(compareIds).map((id) => ({ id, title: '', state: 'missing', focus: false })) });
  }
  const graph: DependencyGraph = { kind: 'graph', asOf: ds.asOf, clusters, edges };
  if (options.focus !== undefined) graph.focus = options.focus;
  return graph;
}
