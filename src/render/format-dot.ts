import { en, type Words } from '../i18n/en.js';
import type { DependencyGraph } from '../reports/dependency-graph.js';
import { clusterLabel, NODE_STYLES, nodeLabelLines } from './graph-label.js';
import { oneLine } from './sanitize.js';

// Graphviz DOT. Every id and label is a double-quoted string: inside one,
// only `"` and `\` mean anything to the parser; in a label Graphviz also reads
// `\n`, `\l`, `\N`, `\G`… as escapes and `&amp;`-style entities as the
// characters they name. So a backslash from the data is doubled, a quote
// escaped and an ampersand written as `&amp;`. Nothing from the data is ever
// written unquoted, so a title with quotes, brackets, braces, `->` or `-->`
// stays a title.

/** A DOT double-quoted string holding `text` literally (also inside labels, where backslash escapes are read). */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;')}"`;
}

/** Lines joined by Graphviz's own centred line break. */
function dotLines(lines: readonly string[]): string {
  return `"${lines.map((l) => dotString(l).slice(1, -1)).join('\\n')}"`;
}

// Graphviz sizes boxes from the metrics of the fonts it knows; Arial is one,
// and every system has it or a metric twin (Liberation Sans), so the text
// fits the boxes it was measured for.
const FONT = 'Arial';

export interface GraphTextOptions {
  /** Said under the heading, e.g. the filter. */
  subtitle?: string;
  /** The reader's language (English when not given). */
  words?: Words;
}

/** The heading every graph format shows: as-of date, focus, and the filter when there is one. */
export function graphHeading(graph: DependencyGraph, options: GraphTextOptions = {}): string {
  const w = options.words ?? en;
  return oneLine(w.exports.graphHeading(w.longDay(graph.asOf), graph.focus, options.subtitle));
}

/** The graph as DOT: one cluster per ministry, arrows from a dependency to the task that waits on it. */
export function formatDot(graph: DependencyGraph, options: GraphTextOptions = {}): string {
  const w = options.words ?? en;
  const out: string[] = [];
  out.push('digraph p06 {');
  out.push(`  graph [rankdir=LR, fontname=${dotString(FONT)}, fontsize=12, labelloc=t, labeljust=l, label=${dotLines([graphHeading(graph, options), w.exports.graphLegend])}, nodesep=0.3, ranksep=0.6];`);
  out.push(`  node [shape=box, style="rounded,filled", fontname=${dotString(FONT)}, fontsize=10, margin="0.12,0.06"];`);
  out.push('  edge [color="#546e7a", arrowsize=0.7];');
  graph.clusters.forEach((cluster, i) => {
    out.push(`  subgraph ${dotString(`cluster_${i}`)} {`);
    out.push(`    graph [label=${dotString(clusterLabel(cluster, w))}, style="rounded,dashed", color="#90a4ae", fontsize=11];`);
    for (const node of cluster.nodes) {
      const s = NODE_STYLES[node.state];
      const style = s.dashed ? '"rounded,filled,dashed"' : '"rounded,filled"';
      const attrs = [
        `label=${dotLines(nodeLabelLines(node, w))}`,
        `tooltip=${dotString(oneLine(`${node.id}: ${node.state === 'missing' ? w.field.missing : node.title}`))}`,
        `style=${style}`,
        `fillcolor="${s.fill}"`,
        `color="${s.stroke}"`,
        `fontcolor="${s.text}"`,
        `class=${dotString(node.state)}`,
      ];
      if (node.focus) attrs.push('penwidth=2.5');
      out.push(`    ${dotString(node.id)} [${attrs.join(', ')}];`);
    }
    out.push('  }');
  });
  for (const e of graph.edges) out.push(`  ${dotString(e.from)} -> ${dotString(e.to)};`);
  out.push('}');
  return out.join('\n') + '\n';
}
