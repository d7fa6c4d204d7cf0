import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './chromium.js';

// Renders Mermaid diagrams with Mermaid itself, in headless Chromium (the
// worker's browser, tests/helpers/chromium.ts), as GitHub does: each
// diagram is parsed and drawn, and what was drawn is read back from the page.
//
// Loading Mermaid costs seconds (megabytes of script to compile), drawing a
// diagram a fraction of one, so one page with Mermaid loaded is kept for the
// whole test worker and every call draws on it.

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

let drawing: Promise<Page> | undefined;

/** The worker's page with Mermaid loaded (its ES-module build: only the flowchart's own chunks load). */
function mermaidPage(): Promise<Page> {
  drawing ??= (async () => {
    const esm = pathToFileURL(require.resolve('mermaid/dist/mermaid.esm.min.mjs')).href;
    const dir = mkdtempSync(join(tmpdir(), 'p06-mermaid-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><body><script type="module">
import mermaid from '${esm}';
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
window.mermaid = mermaid;
</script>`,
    );
    const tab = await (await sharedBrowser()).newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForFunction(() => 'mermaid' in window, undefined, { timeout: 120_000 });
    return tab;
  })();
  return drawing;
}

export async function renderMermaid(diagrams: readonly string[]): Promise<MermaidResult[]> {
  const page = await mermaidPage();
  return page.evaluate(`(${DRAW})(${JSON.stringify(diagrams)})`) as Promise<MermaidResult[]>;
}

// Runs in the page (plain JavaScript: the test code's types know no DOM).
const DRAW = `async (diagrams) => {
  const results = [];
  for (const text of diagrams) {
    // A fresh id per drawing: Mermaid keeps an element per id it drew.
    const id = 'd' + Math.random().toString(36).slice(2);
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render(id, text);
      const host = document.createElement('div');
      host.innerHTML = svg;
      document.body.append(host);
      for (const br of host.querySelectorAll('br')) br.replaceWith('\\n');
      const nodes = [...host.querySelectorAll('g.node')].map((g) => ({
        id: (g.id.match(/^(?:d[0-9a-z]+-)?flowchart-(.+)-\\d+$/) || [, g.id])[1],
        text: g.querySelector('.nodeLabel, .label')?.textContent ?? '',
        classes: [...g.classList],
      }));
      const clusters = [...host.querySelectorAll('g.cluster')].map((g) => g.querySelector('.nodeLabel, .cluster-label, .label')?.textContent ?? '');
      const edges = [...host.querySelectorAll('path[data-edge="true"], .edgePaths path')].map((p) => (p.id.match(/^(?:d[0-9a-z]+-)?L_(.+)_(.+)_\\d+$/) || []).slice(1).join('->'));
      results.push({ nodes, clusters, edges });
      host.remove();
    } catch (e) {
      results.push({ error: String((e && e.message) || e), nodes: [], clusters: [], edges: [] });
    }
  }
  return results;
}`;
