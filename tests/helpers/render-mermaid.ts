import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Renders Mermaid diagrams with Mermaid itself, in headless Chromium (Debian's
// `chromium`), as GitHub does in the browser: each diagram is parsed and
// drawn, and what was drawn is read back from the page.

export interface MermaidNode {
  /** The node's id in the diagram source (t1, t2, …). */
  id: string;
  /** The label as shown, a line break as "\n". */
  text: string;
  classes: string[];
}

export interface MermaidResult {
  error?: string;
  nodes: MermaidNode[];
  /** Subgraph titles as shown. */
  clusters: string[];
  /** "t1->t2" for each arrow drawn. */
  edges: string[];
}

const require = createRequire(import.meta.url);

export function renderMermaid(diagrams: readonly string[]): MermaidResult[] {
  const mermaidJs = pathToFileURL(require.resolve('mermaid/dist/mermaid.min.js')).href;
  const dir = mkdtempSync(join(tmpdir(), 'p06-mermaid-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><body><pre id="result">pending</pre>
<script src="${mermaidJs}"></script>
<script>
const diagrams = ${JSON.stringify(diagrams).replace(/</g, '\\u003c')};
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
(async () => {
  const results = [];
  for (const [i, text] of diagrams.entries()) {
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render('d' + i, text);
      const host = document.createElement('div');
      host.innerHTML = svg;
      document.body.append(host);
      for (const br of host.querySelectorAll('br')) br.replaceWith('\\n');
      const nodes = [...host.querySelectorAll('g.node')].map((g) => ({
        id: (g.id.match(/^(?:d\\d+-)?flowchart-(.+)-\\d+$/) || [, g.id])[1],
        text: g.querySelector('.nodeLabel, .label')?.textContent ?? '',
        classes: [...g.classList],
      }));
      const clusters = [...host.querySelectorAll('g.cluster')].map((g) => g.querySelector('.nodeLabel, .cluster-label, .label')?.textContent ?? '');
      const edges = [...host.querySelectorAll('path[data-edge="true"], .edgePaths path')].map((p) => (p.id.match(/^(?:d\\d+-)?L_(.+)_(.+)_\\d+$/) || []).slice(1).join('->'));
      results.push({ nodes, clusters, edges });
      host.remove();
    } catch (e) {
      results.push({ error: String(e && e.message || e), nodes: [], clusters: [], edges: [] });
    }
  }
  document.getElementById('result').textContent = JSON.stringify(results);
})();
</script>`,
    );
    const run = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--virtual-time-budget=30000', '--dump-dom', pathToFileURL(page).href], { encoding: 'utf8', timeout: 60_000 });
    const m = /<pre id="result">([\s\S]*?)<\/pre>/.exec(run.stdout);
    if (!m || m[1] === 'pending') throw new Error(`chromium did not render the diagrams: ${run.stderr.slice(-2000)}`);
    const json = m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return JSON.parse(json) as MermaidResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
