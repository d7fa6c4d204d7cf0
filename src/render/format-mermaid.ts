import { en } from '../i18n/en.js';
import type { DependencyGraph, GraphNodeState } from '../reports/dependency-graph.js';
import { graphHeading, type GraphTextOptions } from './format-dot.js';
import { clusterLabel, NODE_STYLES, nodeLabelLines } from './graph-label.js';

// Mermaid flowchart (GitHub renders it in Markdown). Mermaid has no escape
// character inside a quoted label; it reads `#name;` and `#NN;` as entity
// codes, and before parsing it rewrites lines that look like `style…:…#…;`.
// So a label keeps letters, digits, spaces and a few harmless marks and
// writes every other ASCII character as its numeric entity: a title with
// quotes, brackets, `-->`, `;`, `:`, `#`, `<b>` or a backtick cannot end the
// label, start an edge, change a style or become HTML. Ids are generated
// (t1, t2, …) rather than taken from the data for the same reason.

const KEEP = /[\p{L}\p{N}\p{M} .,'/-]/u;

/** Text inside a Mermaid `"…"` label, shown literally. */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0x80 || KEEP.test(ch) ? ch : `#${code};`;
  }
  return out;
}

const CLASS_NAMES: Record<GraphNodeState, string> = {
  overdue: 'overdue',
  'at-risk': 'atRisk',
  done: 'done',
  cancelled: 'cancelled',
  open: 'open',
  recurring: 'recurring',
  missing: 'missing',
};

/** The graph as a Mermaid flowchart: a subgraph per ministry, arrows from a dependency to the task that waits on it. */
export function formatMermaid(graph: DependencyGraph, options: GraphTextOptions = {}): string {
  const w = options.words ?? en;
  const out: string[] = [];
  // The heading as YAML front matter; a JSON string is a valid YAML double-quoted scalar.
  out.push('---', `title: ${JSON.stringify(graphHeading(graph, options))}`, '---');
  out.push('flowchart LR');
  const ids = new Map<string, string>();
  const byClass = new Map<string, string[]>();
  const focus: string[] = [];
  graph.clusters.forEach((cluster, i) => {
    out.push(`  subgraph m${i + 1}["${mermaidText(clusterLabel(cluster, w))}"]`);
    for (const node of cluster.nodes) {
      const id = `t${ids.size + 1}`;
      ids.set(node.id, id);
      out.push(`    ${id}["${nodeLabelLines(node, w, false).map(mermaidText).join('<br/>')}"]`);
      const cls = CLASS_NAMES[node.state];
      byClass.set(cls, [...(byClass.get(cls) ?? []), id]);
      if (node.focus) focus.push(id);
    }
    out.push('  end');
  });
  for (const e of graph.edges) out.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  for (const [state, cls] of Object.entries(CLASS_NAMES) as [GraphNodeState, string][]) {
    const members = byClass.get(cls);
    if (members === undefined) continue;
    const s = NODE_STYLES[state];
    out.push(`  classDef ${cls} fill:${s.fill},stroke:${s.stroke},color:${s.text}${s.dashed ? ',stroke-dasharray:4 3' : ''}`);
    out.push(`  class ${members.join(',')} ${cls}`);
  }
  if (focus.length > 0) out.push('  classDef focus stroke-width:3px', `  class ${focus.join(',')} focus`);
  return out.join('\n') + '\n';
}
