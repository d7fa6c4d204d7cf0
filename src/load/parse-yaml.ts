import {
  CST,
  Composer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type Node,
  type ParsedNode,
  type Scalar,
} from 'yaml';
import { problem, type Position, type Problem } from '../domain/problem.js';
import { worded, type Worded } from '../i18n/worded.js';

export type Path = readonly (string | number)[];

/** Maps a path in the parsed value back to where it was written. */
export interface Locator {
  /** Where the value at `path` starts (the nearest existing ancestor if it is missing). */
  value(path: Path): Position;
  /** Where the key of the value at `path` is written (for unknown keys). */
  key(path: Path): Position;
}

export interface ParsedYaml {
  /** Plain data (objects have no prototype), or undefined when the file could not be read as YAML. */
  value: unknown;
  problems: Problem[];
  locate: Locator;
  /** When `value` is undefined: the task list as far as the syntax tree shows it. */
  outline?: TaskOutline;
}

/**
 * The entries of a file's `tasks` list and their ids, read from the syntax
 * tree of a file whose data cannot be read (a duplicate key, a tag, a syntax
 * error further down): its tasks are still counted when a report leaves the
 * file out, and other files may still depend on its ids.
 */
export interface TaskOutline {
  count: number;
  ids: { id: string; index: number }[];
}

/** Deeper than any valid file (which needs five levels); checked on the CST, before composing. */
export const MAX_DEPTH = 64;

const START: Position = { line: 1, column: 1 };

// YAML 1.2 core schema whatever the file declares; no merge keys; keys that
// print the same (`1` and "1") are duplicates, as a reader would see them.
const composeOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  strict: true,
  prettyErrors: false,
  uniqueKeys: (a: ParsedNode, b: ParsedNode) => keyText(a) === keyText(b),
} as const;

function keyText(node: ParsedNode): string {
  return isScalar(node) ? String(node.value) : `\u0000${node.range[0]}`;
}

/**
 * Parses one file's text once: the parser's CST is checked for depth and then
 * handed to the composer, so a deeply nested file never reaches the
 * (recursive) composer and nothing is tokenised twice.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  // Every line break of the text, counted here: the parser reports only some of
  // them (not those inside a scalar it rejects), and one missed shifts every
  // later position by a line.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lines.addNewLine(nl + 1);
  const at = (offset: number, end?: number): Position => spanAt(text, lines, offset, end);
  const problems: Problem[] = [];
  const docs: Document.Parsed[] = [];
  const composer = new Composer(composeOptions);
  let refused = false;
  let firstCst: CST.Document | undefined;

  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      firstCst ??= token;
      const finding = checkCst(token);
      if (finding !== undefined) {
        refused = true;
        problems.push(problem(file, at(finding.offset), 'yaml-syntax', finding.message));
        continue;
      }
    }
    for (const doc of composer.next(token)) docs.push(doc);
  }
  for (const doc of composer.end(false, text.length)) docs.push(doc);

  const locate = locator(docs[0], at);
  const unreadable = (): ParsedYaml => {
    const outline = outlineTasks(firstCst);
    return outline === undefined ? { value: undefined, problems, locate } : { value: undefined, problems, locate, outline };
  };
  if (refused) return unreadable();

  for (const doc of docs) {
    for (const err of [...doc.errors, ...doc.warnings]) {
      const rule = err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
      problems.push(problem(file, at(err.pos[0], err.pos[1]), rule, yamlMessage(err.code, err.message)));
    }
  }
  if (docs.length > 1) {
    problems.push(problem(file, at(docs[1]!.range[0]), 'yaml-syntax', worded('oneDocument', docs.length)));
  }
  const doc = docs[0];
  if (doc === undefined || doc.contents === null) {
    // An empty document is null, like `~`: the caller says what it expected (a task file and p06.yaml expect different things).
    return { value: problems.length === 0 ? null : undefined, problems, locate };
  }
  if (problems.some((p) => p.severity === 'error')) return unreadable();
  // Reported, but not in the way: the document was read as YAML 1.2 all the same, so its other problems still show.
  if (doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    const offset = text.search(/^%YAML/m);
    problems.push(problem(file, offset >= 0 ? at(offset) : START, 'yaml-syntax', worded('yamlDirective', doc.directives.yaml.version)));
  }

  const converted = toPlain(doc, text.length, file, at);
  problems.push(...converted.problems);
  return converted.problems.length > 0 ? unreadable() : { value: converted.value, problems, locate };
}

/** The task outline of a text that is not valid UTF-8 (decoded with replacement characters only for this). */
export function outlineYaml(text: string): TaskOutline | undefined {
  for (const token of new Parser().parse(text)) if (token.type === 'document') return outlineTasks(token);
  return undefined;
}

/** Shallow and iterative: the top mapping's `tasks`, its entries, and each entry's `id`. */
function outlineTasks(doc: CST.Document | undefined): TaskOutline | undefined {
  const itemsOf = (token: CST.Token | null | undefined, open: '{' | '[') => {
    if (token?.type === 'flow-collection' && token.start.source === open) return token.items.filter((i) => i.key != null || i.sep !== undefined || i.value !== undefined);
    if (open === '{' && token?.type === 'block-map') return token.items;
    if (open === '[' && token?.type === 'block-seq') return token.items.filter((i) => i.start.some((t) => t.type === 'seq-item-ind'));
    return undefined;
  };
  // Without an onError, resolveAsScalar throws on a malformed scalar; the parse has reported it already.
  const textOf = (token: CST.Token | null | undefined) => (token != null && CST.isScalar(token) ? CST.resolveAsScalar(token, true, () => {})?.value : undefined);
  const field = (map: CST.Token | null | undefined, key: string) => itemsOf(map, '{')?.find((i) => textOf(i.key) === key)?.value;
  const entries = itemsOf(field(doc?.value, 'tasks'), '[');
  if (entries === undefined) return undefined;
  const ids: TaskOutline['ids'] = [];
  entries.forEach((entry, index) => {
    const id = textOf(field(entry.value, 'id'));
    if (id !== undefined) ids.push({ id, index });
  });
  return { count: entries.length, ids };
}

function yamlMessage(code: string, message: string): string | Worded {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT') return worded('tabIndent');
  if (code === 'DUPLICATE_KEY') return worded('duplicateKey');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

type CstFinding = { offset: number; message: Worded };

/**
 * One pass over a document's CST, before it is composed: the first node
 * nested deeper than MAX_DEPTH (the composer recurses, and deep input can
 * abort the process), and the first explicit tag (no p06 value needs one, and
 * `!!binary` or `!!js/function` would change what a value is). Iterative, so
 * depth cannot overflow this walk either.
 */
function checkCst(doc: CST.Document): CstFinding | undefined {
  const tagIn = (tokens: readonly CST.SourceToken[] | undefined): CstFinding | undefined => {
    const tag = tokens?.find((t) => t.type === 'tag');
    return tag && { offset: tag.offset, message: worded('yamlTag', tag.source) };
  };
  let firstTag = tagIn(doc.start);
  const noteTag = (tag: CstFinding | undefined) => {
    if (tag && (firstTag === undefined || tag.offset < firstTag.offset)) firstTag = tag;
  };
  const stack: [CST.Token | undefined, number][] = [[doc.value, 1]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token === undefined) continue;
    if (token.type === 'block-scalar') {
      noteTag(tagIn(token.props as CST.SourceToken[]));
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_DEPTH) return { offset: token.offset, message: worded('tooDeep', MAX_DEPTH) };
    for (const item of token.items) {
      noteTag(tagIn(item.start));
      if ('sep' in item) noteTag(tagIn(item.sep));
      if ('key' in item) stack.push([item.key ?? undefined, depth + 1]);
      stack.push([item.value, depth + 1]);
    }
  }
  return firstTag;
}

interface Converted {
  value: unknown;
  problems: Problem[];
}

/** Aliases may add at most this many times the file's own length in text (plus ALIAS_TEXT_FLOOR), keys and values counted. */
export const ALIAS_TEXT_FACTOR = 4;
const ALIAS_TEXT_FLOOR = 64 * 1024;

/**
 * What each alias stands for, found in one walk of the document: the last
 * node anchored with its name before it, in document order (YAML 1.2 §3.2.2.2,
 * and how `yaml` resolves one alias). `Alias.resolve(doc)` walks the whole
 * document on every call, which made a file whose tasks share a title through
 * an anchor quadratic.
 */
export function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target !== undefined) targets.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return targets;
}

// A number is read as a number only when written as one in decimal; `0x7E8`,
// `0o3750`, `1e3` and `+2024` are YAML 1.2 numbers too, but nobody writes a
// year or a day count that way on purpose, so they stay text and a field that
// wants a number (or a four-digit year) says so.
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

function scalarValue(node: Scalar): unknown {
  if (typeof node.value === 'number' && typeof node.source === 'string' && !DECIMAL.test(node.source)) return node.source;
  return node.value;
}

/**
 * The composed document as plain data. Aliases are expanded with two budgets:
 * values (an alias bomb is a few lines that expand to billions of values) and
 * text (one long title aliased by thousands of tasks is a small file that
 * expands to gigabytes).
 */
function toPlain(doc: Document.Parsed, textLength: number, file: string, at: (o: number) => Position): Converted {
  const problems: Problem[] = [];
  let budget = textLength + 1000;
  let aliasText = ALIAS_TEXT_FACTOR * textLength + ALIAS_TEXT_FLOOR;
  let targets: Map<Alias, Node> | undefined;
  const fail = (node: Node | undefined, message: Worded): undefined => {
    if (problems.length === 0) problems.push(problem(file, at(node?.range?.[0] ?? 0), 'yaml-syntax', message));
    return undefined;
  };
  // Inside an alias, `through` is that alias: text read there is counted against aliasText.
  const text = (s: string, through: Node | undefined): boolean => {
    if (through === undefined) return true;
    aliasText -= s.length;
    if (aliasText >= 0) return true;
    fail(through, worded('aliasAmplification', ALIAS_TEXT_FACTOR));
    return false;
  };
  const convert = (node: Node | null | undefined, depth: number, through: Node | undefined): unknown => {
    if (problems.length > 0 || node === null || node === undefined) return null;
    if (--budget < 0) return fail(node, worded('aliasBomb'));
    // Scalars first: a scalar inside the 64th collection is allowed by the CST check and no deeper nesting.
    if (isScalar(node)) {
      const value = scalarValue(node);
      return typeof value !== 'string' || text(value, through) ? value : null;
    }
    if (depth > MAX_DEPTH) return fail(node, worded('tooDeepThroughAliases', MAX_DEPTH));
    if (isAlias(node)) {
      const target = (targets ??= aliasTargets(doc)).get(node);
      if (target === undefined) return fail(node, worded('aliasWithoutAnchor', node.source));
      return convert(target, depth + 1, through ?? node);
    }
    if (isSeq(node)) return node.items.map((item) => convert(item as Node, depth + 1, through));
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key !== null && !isScalar(key)) return fail(key, worded('keyNotText'));
        const name = String(key === null ? '' : key.value);
        if (!text(name, through)) return null;
        out[name] = convert(pair.value as Node | null, depth + 1, through);
      }
      return out;
    }
    return fail(node, worded('unsupportedNode'));
  };
  const value = convert(doc.contents, 1, undefined);
  return { value, problems };
}

/**
 * A position with the span it covers and the text of its first line, so a
 * problem can be shown under its source with a caret (as rustc does).
 */
function spanAt(text: string, lines: LineCounter, offset: number, end?: number): Position {
  const { line, col } = lines.linePos(offset);
  const start = lines.lineStarts[line - 1] ?? 0;
  let stop = text.indexOf('\n', start);
  if (stop === -1) stop = text.length;
  const excerpt = text.slice(start, stop).replace(/\r$/, '').replace(/^\uFEFF/, '');
  const position: Position = { line, column: col, excerpt };
  if (end !== undefined && end > offset) {
    // A block collection's range runs to the start of the next line: it ends on the line before.
    const last = lines.linePos(end);
    const endLine = last.col === 1 && last.line > line ? last.line - 1 : last.line;
    position.endLine = endLine;
    position.endColumn = endLine === last.line ? last.col : (lines.lineStarts[endLine] ?? end) - (lines.lineStarts[endLine - 1] ?? 0);
  }
  return position;
}

function locator(doc: Document.Parsed | undefined, at: (o: number, end?: number) => Position): Locator {
  // Walks the AST lazily: positions are needed only for the rare problem and
  // one line per task, so no index of every value is built.
  let targets: Map<Alias, Node> | undefined;
  const walk = (path: Path): { node?: Node; keyNode?: Node; nearest: number; end?: number } => {
    let node: Node | null | undefined = doc?.contents;
    let keyNode: Node | undefined;
    let nearest = node?.range?.[0] ?? 0;
    for (const segment of path) {
      if (node === null || node === undefined) break;
      nearest = node.range?.[0] ?? nearest;
      if (isAlias(node)) node = (targets ??= aliasTargets(doc!)).get(node);
      if (isSeq(node) && typeof segment === 'number') {
        keyNode = undefined;
        node = node.items[segment] as Node | undefined;
      } else if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair === undefined) return { nearest };
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
        if (node === null) return { keyNode, nearest: keyNode.range![0] };
      } else {
        return { nearest };
      }
    }
    return node ? { node, keyNode, nearest: node.range?.[0] ?? nearest, ...(node.range ? { end: node.range[1] } : {}) } : { keyNode, nearest };
  };
  return {
    value: (path) => {
      const found = walk(path);
      return at(found.nearest, found.node === undefined ? undefined : found.end);
    },
    key: (path) => {
      const found = walk(path);
      return found.keyNode?.range ? at(found.keyNode.range[0], found.keyNode.range[1]) : at(found.nearest);
    },
  };
}
