import { spawnSync } from 'node:child_process';

// Reads back what Graphviz drew: the nodes, clusters and edges of an SVG it
// wrote, with the text lines a person sees in each box.

export interface SvgShape {
  title: string;
  /** The text lines drawn inside, top to bottom. */
  lines: string[];
  fill?: string;
  stroke?: string;
  /** The class attribute (Graphviz writes `node` plus the DOT `class`). */
  cls: string;
}

export interface GraphvizSvg {
  nodes: SvgShape[];
  clusters: SvgShape[];
  /** "tail->head" as Graphviz titles each edge. */
  edges: string[];
}

export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function readGraphvizSvg(svg: string): GraphvizSvg {
  const out: GraphvizSvg = { nodes: [], clusters: [], edges: [] };
  for (const m of svg.matchAll(/<g id="[^"]*" class="([^"]*)">\s*<title>([^<]*)<\/title>([\s\S]*?)<\/g>/g)) {
    const [, cls, rawTitle, body] = m as unknown as [string, string, string, string];
    const title = decodeXml(rawTitle);
    if (cls.split(' ').includes('edge')) {
      out.edges.push(title);
      continue;
    }
    const lines = [...body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => decodeXml(t[1]!));
    const shape = /<(?:polygon|path|ellipse)[^>]*fill="([^"]*)"[^>]*stroke="([^"]*)"/.exec(body);
    const item: SvgShape = { title, lines, cls };
    if (shape) {
      item.fill = shape[1]!;
      item.stroke = shape[2]!;
    }
    if (cls.split(' ').includes('cluster')) out.clusters.push(item);
    else if (cls.split(' ').includes('node')) out.nodes.push(item);
  }
  return out;
}

/** Lays out DOT with the Graphviz installed on this machine (`dot`); throws with its message when the DOT is rejected. */
export function renderWithDot(dot: string): string {
  const run = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0 || /syntax error|Error/.test(run.stderr)) throw new Error(`dot rejected the graph: ${run.stderr}`);
  return run.stdout;
}
