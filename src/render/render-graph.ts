import type { DependencyGraph } from '../reports/dependency-graph.js';
import { formatDot, type GraphTextOptions } from './format-dot.js';
import { formatMermaid } from './format-mermaid.js';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The graph in one of its three forms; the SVG layout engine is loaded only for svg. */
export async function renderGraph(graph: DependencyGraph, format: GraphFormat, options: GraphTextOptions = {}): Promise<string> {
  switch (format) {
    case 'mermaid':
      return formatMermaid(graph, options);
    case 'dot':
      return formatDot(graph, options);
    case 'svg':
      return (await import('./render-svg.js')).renderSvg(graph, options);
  }
}
