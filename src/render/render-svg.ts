import type { DependencyGraph } from '../reports/dependency-graph.js';
import { formatDot, type GraphTextOptions } from './format-dot.js';

/**
 * The graph as SVG, laid out by Graphviz compiled to WebAssembly
 * (@viz-js/viz): the same DOT that `--format dot` prints, drawn the same way
 * on every machine, with no Graphviz to install and no process to start. The
 * library (about 1.2 MB) is loaded here, when an SVG is asked for, and by no
 * other command.
 */
export async function renderSvg(graph: DependencyGraph, options: GraphTextOptions = {}): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const result = viz.render(formatDot(graph, options), { format: 'svg' });
  if (result.status !== 'success') {
    // The DOT is ours, so a failure here is a bug, not bad data.
    throw new Error(`Graphviz could not draw the graph: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  return result.output;
}
