import type { Words } from '../i18n/en.js';
import type { GraphCluster, GraphNode, GraphNodeState } from '../reports/dependency-graph.js';
import { wrapText } from './wrap-text.js';
import { oneLine } from './sanitize.js';

/** Characters per line of a node's title: boxes stay narrow enough for a chain to read left to right. */
const LABEL_WIDTH = 32;

/** Titles longer than this many lines end in "…": a node is a pointer to the task, not its whole text. */
const MAX_TITLE_LINES = 4;

/**
 * A node's label as plain lines (id, title, deadline or reporting period), control characters
 * made visible; each syntax escapes them its own way. Graphviz does not wrap,
 * so for DOT the title is wrapped here; Mermaid wraps labels itself (to its
 * own box width), so there the title stays one line, only shortened. A
 * dependency that is not in the data says so in place of a title.
 */
export function nodeLabelLines(node: GraphNode, w: Words, wrap = true): string[] {
  let title = wrapText(oneLine(node.state === 'missing' ? w.field.missing : node.title), LABEL_WIDTH).split('\n');
  if (title.length > MAX_TITLE_LINES) {
    title.length = MAX_TITLE_LINES;
    title[MAX_TITLE_LINES - 1] += ' …';
  }
  if (!wrap) title = [title.join(' ')];
  const lines = [oneLine(node.id), ...title];
  if (node.deadline !== undefined) lines.push(oneLine(w.exports.nodeDue(node.deadline)));
  else if (node.every !== undefined) lines.push(w.exports.nodeEvery(node.every));
  return lines;
}

/** A cluster's label: the ministry's code and name (in Vietnamese its abbreviation and Vietnamese name, where the data gives them). */
export function clusterLabel(cluster: GraphCluster, w: Words): string {
  if (cluster.ministry === '') return oneLine(w.field.missing);
  const name = (w.lang === 'vi' ? cluster.nameVi : undefined) ?? cluster.name;
  return oneLine(`${w.code(cluster.ministry, cluster.abbrVi)}: ${name}`);
}

export interface NodeStyle {
  fill: string;
  stroke: string;
  text: string;
  dashed: boolean;
}

/** Overdue red, at risk amber, done grey (SPEC §13); the rest plain. One palette for every syntax. */
export const NODE_STYLES: Record<GraphNodeState, NodeStyle> = {
  overdue: { fill: '#fde0dc', stroke: '#c62828', text: '#000000', dashed: false },
  'at-risk': { fill: '#ffecb3', stroke: '#b26a00', text: '#000000', dashed: false },
  done: { fill: '#e0e0e0', stroke: '#9e9e9e', text: '#424242', dashed: false },
  cancelled: { fill: '#eeeeee', stroke: '#9e9e9e', text: '#616161', dashed: true },
  open: { fill: '#ffffff', stroke: '#546e7a', text: '#000000', dashed: false },
  recurring: { fill: '#e3f2fd', stroke: '#1565c0', text: '#000000', dashed: false },
  missing: { fill: '#ffffff', stroke: '#9e9e9e', text: '#616161', dashed: true },
};
