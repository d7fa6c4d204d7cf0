import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// What the architecture tests read from src/: the relative imports of every
// module (parsed by TypeScript, so comments and strings never count), and the
// places that reach for the process, the console or the clock.

export interface Layer {
  rank: number;
  layer: string;
  /** Relative to the repository root; ending in / for a folder. */
  paths: readonly string[];
}

export interface Import {
  /** The importing file, relative to the root, /-separated. */
  file: string;
  line: number;
  /** As written: './x.js'. */
  specifier: string;
  /** The imported source file, relative to the root: 'src/x.ts'. */
  target: string;
}

const SOURCE = /\.(ts|cts|mts)$/;
const slashes = (path: string) => path.split('\\').join('/');

/** Every .ts file under `root`/src, relative to the root. */
export function sourceFiles(root: string, dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(root, path);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [slashes(relative(root, path))] : [];
  });
}

const lineAt = (text: string, pos: number) => text.slice(0, pos).split('\n').length;

/** Every relative import, export-from, type import, dynamic import and require of the files under `root`/src. */
export function importsUnder(root: string): Import[] {
  return sourceFiles(root).flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return ts
      .preProcessFile(text, true, true)
      .importedFiles.filter((f) => f.fileName.startsWith('.'))
      .map((f) => ({
        file,
        line: lineAt(text, f.pos),
        specifier: f.fileName,
        // The compiled name (.js) stands for the source file (.ts).
        target: slashes(relative(root, resolve(dirname(join(root, file)), f.fileName))).replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts'),
      }));
  });
}

/** The layer a path belongs to: the longest entry that matches it. */
export function layerOf(layers: readonly Layer[], path: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const p of layer.paths) {
      const hit = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (hit && (best === undefined || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

/** One line per import of a higher layer or of another layer of the same rank: file, line, import and why. */
export function layerViolations(root: string, layers: readonly Layer[]): string[] {
  return importsUnder(root).flatMap((i) => {
    const from = layerOf(layers, i.file);
    const to = layerOf(layers, i.target);
    if (from === undefined || to === undefined || from === to || to.rank < from.rank) return [];
    const why = to.rank === from.rank ? `${to.layer} is beside ${from.layer}, not below it` : `${to.layer} is above ${from.layer}`;
    return [`${i.file}:${i.line}: imports '${i.specifier}' (${i.target}): ${why}`];
  });
}

const PROCESS_IO = new Set(['env', 'argv', 'stdin', 'stdout', 'stderr', 'exit', 'exitCode', 'cwd', 'chdir']);

/**
 * Each place in `file` that reads the environment, the console or the clock:
 * process.env and its kin, console.*, Date.now() and new Date() with no argument.
 */
export function edgeReads(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${file}:${lineAt(text, node.getStart(source))}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const [object, name] = [node.expression.text, node.name.text];
      if (object === 'process' && PROCESS_IO.has(name)) at(node, `process.${name}`);
      if (object === 'console') at(node, `console.${name}`);
      if (object === 'Date' && name === 'now') at(node, 'Date.now()');
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) at(node, 'new Date()');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
