import { CST, Document, isScalar, type ScalarTag } from 'yaml';
import type { Position } from '../domain/problem.js';

// A second road from YAML text to plain data, for the files that need
// nothing unusual: plain data built straight from the parser's CST, without
// composing a Document (its nodes, ranges and comments are most of the
// garbage a cold run makes). It takes a file only when every token is one it
// knows to be error-free as the composer would read it — block and flow
// collections, plain, quoted and block scalars, comments — and gives up
// (returns undefined) at the first anchor, alias, tag, directive, tab, error
// token, second document, duplicate key, over-long or multi-line key, or
// anything else: parse-yaml.ts then composes the file as before and reports
// what it finds. Scalars are resolved by the very functions and core-schema
// tags the composer uses. A differential test holds the two roads to the
// same data, the same problems and the same positions
// (tests/unit/load/plain-from-cst.test.ts).

/** The same as parse-yaml's Path and Locator, repeated to keep this module free of a cycle. */
type Path = readonly (string | number)[];
export interface CstLocator {
  value(path: Path): Position;
  key(path: Path): Position;
}

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type Item = CST.CollectionItem;

/** Nesting the composer is never asked to go beyond (parse-yaml's MAX_DEPTH); deeper files take the other road. */
const MAX_DEPTH = 64;
/** The composer refuses an implicit key whose ':' is more than 1024 characters after its start; stay well clear. */
const MAX_KEY_SPAN = 1000;

// The core schema exactly as the composer builds it for p06's options.
const schema = new Document(null, { version: '1.2', schema: 'core', merge: false }).schema;
const options = new Document(null, { version: '1.2', schema: 'core', merge: false, strict: true }).options;
const scalarTags = schema.tags.filter((t): t is ScalarTag => !('collection' in t && t.collection !== undefined) && t.test !== undefined);
const valueTags = scalarTags.filter((t) => t.default === true);
const keyTags = scalarTags.filter((t) => t.default === true || t.default === 'key');

/** A number is read as a number only when written in decimal (parse-yaml.ts says why). */
export const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

class Unusual extends Error {}
const UNUSUAL = new Unusual();
const give = (): never => {
  throw UNUSUAL;
};

/**
 * The plain data of a file's tokens (from `new Parser().parse(text)`), or
 * undefined when the file holds anything this road does not take. On success
 * the composer would have found no error and no warning in the file.
 */
export function plainFromCst(tokens: readonly Token[], text: string): { value: unknown; document: CST.Document } | undefined {
  let document: CST.Document | undefined;
  for (const token of tokens) {
    if (token.type === 'document') {
      if (document !== undefined) return undefined;
      document = token;
    } else if (token.type !== 'byte-order-mark' && token.type !== 'newline' && !(token.type === 'space' && !token.source.includes('\t')) && !(token.type === 'comment' && spaced(token, text))) {
      return undefined;
    }
  }
  if (document === undefined || document.value === undefined) return undefined;
  try {
    checkDocumentProps(document, text);
    if (document.end !== undefined) trivia(document.end, text);
    return { value: node(document.value, 1, text), document };
  } catch (error) {
    if (error === UNUSUAL) return undefined;
    throw error;
  }
}

/** `---` is allowed, on a line of its own before a block collection; nothing else but blanks and comments before the value. */
function checkDocumentProps(doc: CST.Document, text: string): void {
  let marker = false;
  let newlineAfterMarker = false;
  for (const t of doc.start) {
    if (t.type === 'doc-start' && !marker) marker = true;
    else if (t.type === 'newline') newlineAfterMarker ||= marker;
    else if (!isTrivia(t, text)) give();
  }
  const v = doc.value!;
  if (marker && !newlineAfterMarker && (v.type === 'block-map' || v.type === 'block-seq')) give();
}

function spaced(comment: SourceToken, text: string): boolean {
  // The composer wants white space before a comment; the lexer alone does not insist.
  if (comment.offset === 0) return true;
  const before = text.charCodeAt(comment.offset - 1);
  return before === 0x20 || before === 0x0a || before === 0x0d;
}

function isTrivia(t: Token, text: string): boolean {
  return t.type === 'newline' || (t.type === 'space' && !t.source.includes('\t')) || (t.type === 'comment' && spaced(t, text));
}

function trivia(tokens: readonly SourceToken[], text: string): void {
  for (const t of tokens) if (!isTrivia(t, text)) give();
}

function node(token: Token, depth: number, text: string): unknown {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalar(token, false, text);
    case 'block-map':
      if (depth > MAX_DEPTH) give();
      return blockMap(token, depth, text);
    case 'block-seq':
      if (depth > MAX_DEPTH) give();
      return blockSeq(token, depth, text);
    case 'flow-collection':
      if (depth > MAX_DEPTH) give();
      return token.start.source === '[' ? flowSeq(token, depth, text) : flowMap(token, depth, text);
    default:
      return give();
  }
}

/** A scalar resolved as the composer does: quoted and block scalars are strings, plain ones go through the core schema's tests. */
function scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean, text: string): unknown {
  if (token.type === 'block-scalar') {
    for (const t of token.props) if (t.type !== 'block-scalar-header' && !isTrivia(t, text)) give();
  } else if (token.end !== undefined) {
    for (const t of token.end) if (!isTrivia(t, text)) give();
  }
  const resolved = CST.resolveAsScalar(token, true, give);
  if (resolved === null) return give();
  if (token.type !== 'scalar') return resolved.value;
  const source = resolved.value;
  const tag = (atKey ? keyTags : valueTags).find((t) => t.test!.test(source));
  if (tag === undefined) return source;
  const resolved2: unknown = tag.resolve(source, give, options);
  const value = isScalar(resolved2) ? resolved2.value : resolved2;
  // parse-yaml's rule for values: a number not written in decimal stays text (keys keep the schema's value).
  return !atKey && typeof value === 'number' && !DECIMAL.test(source) ? source : value;
}

function key(token: Token | null | undefined, text: string): string {
  if (token == null || (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar')) return give();
  // Implicit keys are one line (MULTILINE_IMPLICIT_KEY).
  if (token.source.includes('\n') || token.source.includes('\r') || token.end?.some((t) => t.type === 'newline')) give();
  return String(scalar(token, true, text));
}

/** A `:` and blanks or comments around it; true when the value starts on a later line. */
function mapSep(sep: readonly SourceToken[] | undefined, keyOffset: number, text: string): boolean {
  if (sep === undefined) return give();
  let found = false;
  let newline = false;
  for (const t of sep) {
    if (t.type === 'map-value-ind' && !found) {
      found = true;
      if (t.offset - keyOffset > MAX_KEY_SPAN) give();
    } else if (t.type === 'newline') newline ||= found;
    else if (!isTrivia(t, text)) give();
  }
  if (!found) give();
  return newline;
}

function setKey(out: Record<string, unknown>, name: string, value: unknown): void {
  // The composer's uniqueKeys: keys that print the same are duplicates; it reports them, so leave it the file.
  if (Object.prototype.hasOwnProperty.call(out, name)) give();
  out[name] = value;
}

function blockMap(map: CST.BlockMap, depth: number, text: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  const items = map.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key: k, sep, value } = items[i]!;
    trivia(start, text);
    if (k == null && sep === undefined) {
      // a comment line; the composer takes one only after the last pair
      if (value !== undefined || i !== items.length - 1) give();
      continue;
    }
    if (k == null || !('indent' in k) || k.indent !== map.indent) give();
    const name = key(k, text);
    const onNextLine = mapSep(sep, k!.offset, text);
    if (value?.type === 'block-map' && !onNextLine) give();
    setKey(out, name, value === undefined ? null : node(value, depth + 1, text));
  }
  return out;
}

function blockSeq(seq: CST.BlockSequence, depth: number, text: string): unknown[] {
  const out: unknown[] = [];
  const items = seq.items;
  for (let i = 0; i < items.length; i++) {
    const { start, value } = items[i]!;
    let found = false;
    for (const t of start) {
      if (t.type === 'seq-item-ind' && !found) found = true;
      else if (!isTrivia(t, text)) give();
    }
    if (!found) {
      if (value !== undefined || i !== items.length - 1) give();
      continue;
    }
    out.push(value === undefined ? null : node(value, depth + 1, text));
  }
  return out;
}

/** Blanks, comments and (after the first item) one comma before an item; false for a trailing empty item. */
function flowItemStart(item: Item, index: number, count: number, text: string): boolean {
  let comma = false;
  for (const t of item.start) {
    if (t.type === 'comma' && !comma) comma = true;
    else if (!isTrivia(t, text)) give();
  }
  if (comma !== index > 0) give();
  if (item.key == null && item.sep === undefined && item.value === undefined) {
    // `[a, b,]`: a trailing comma leaves an empty last item, which the composer skips
    if (index !== count - 1 || index === 0) give();
    return false;
  }
  return true;
}

function flowEnd(fc: CST.FlowCollection, close: string, text: string): void {
  const [first, ...rest] = fc.end;
  if (first === undefined || first.source !== close) give();
  trivia(rest as SourceToken[], text);
}

function flowValue(value: Token | undefined, depth: number, text: string): unknown {
  // Block collections inside flow ones are an error (BLOCK_IN_FLOW).
  if (value === undefined || value.type === 'block-map' || value.type === 'block-seq' || value.type === 'block-scalar') return give();
  return node(value, depth + 1, text);
}

function flowSeq(fc: CST.FlowCollection, depth: number, text: string): unknown[] {
  const out: unknown[] = [];
  const items = fc.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!flowItemStart(item, i, items.length, text)) continue;
    // `[a: 1]` is a mapping inside the sequence: the other road.
    if (item.key != null || item.sep !== undefined) give();
    out.push(flowValue(item.value, depth, text));
  }
  flowEnd(fc, ']', text);
  return out;
}

function flowMap(fc: CST.FlowCollection, depth: number, text: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  const items = fc.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!flowItemStart(item, i, items.length, text)) continue;
    const name = key(item.key, text);
    mapSep(item.sep, item.key!.offset, text);
    // `{a, b}` (a key without ':') and `{a: }` have a null value placed differently: the other road.
    setKey(out, name, flowValue(item.value, depth, text));
  }
  flowEnd(fc, '}', text);
  return out;
}

// ------------------------------------------------------------------ positions

/** One entry of a collection as the composer numbers them: its key token, where its value starts and where its value ends (the composer's range[1]). */
interface Entry {
  key?: Token;
  start: number;
  end: number;
  /** The value's token (undefined for an empty value, the null of `key:` or a bare `-`). */
  value?: Token;
}

const sum = (tokens: readonly SourceToken[]) => tokens.reduce((n, t) => n + t.source.length, 0);

function endOf(tokens: readonly SourceToken[] | undefined, fallback: number): number {
  const last = tokens?.[tokens.length - 1];
  return last === undefined ? fallback : last.offset + last.source.length;
}

/** yaml's emptyScalarPosition: back over trailing blanks and comments, then forward over the spaces right after the last indicator. */
function emptyPosition(offset: number, before: readonly SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    let t = before[i]!;
    if (t.type === 'space' || t.type === 'comment' || t.type === 'newline') {
      offset -= t.source.length;
      continue;
    }
    t = before[++i]!;
    while (t?.type === 'space') {
      offset += t.source.length;
      t = before[++i]!;
    }
    break;
  }
  return offset;
}

/** The composer's empty node after `before` (a `:` or `-` and what follows it): where it starts, and its range[2] (a comment after the indicator belongs to it). */
function emptyNode(before: readonly SourceToken[], fallback: number): { at: number; after: number } {
  const propsEnd = endOf(before, fallback);
  const at = emptyPosition(propsEnd, before);
  return { at, after: before.some((t) => t.type === 'comment') ? propsEnd : at };
}

/**
 * A token's range as the composer gives its node: [1] where the value ends,
 * [2] after the blanks and comments that follow it (resolve-flow-scalar,
 * resolve-block-scalar, resolve-block-map/-seq, resolve-flow-collection).
 */
function ends(token: Token, memo: Map<Token, [number, number]>): [number, number] {
  // Scalars are cheap to measure again; only collections (whose end is their last entry's) are remembered.
  if (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') {
    const valueEnd = token.offset + token.source.length;
    return [valueEnd, endOf(token.end, valueEnd)];
  }
  const known = memo.get(token);
  if (known !== undefined) return known;
  let range: [number, number];
  switch (token.type) {
    case 'block-scalar': {
      const end = token.offset + sum(token.props as SourceToken[]) + token.source.length;
      range = [end, end];
      break;
    }
    case 'block-map':
    case 'block-seq': {
      let offset = token.offset;
      let commentEnd: number | undefined;
      for (const item of token.items) {
        const seq = token.type === 'block-seq';
        const isEntry = seq ? item.start.some((t) => t.type === 'seq-item-ind') : item.key != null || item.sep !== undefined;
        if (!isEntry) {
          commentEnd = endOf(item.start, offset);
          continue;
        }
        const before = seq ? item.start : item.sep!;
        const from = seq ? endOf(item.start, offset) : ends(item.key!, memo)[1];
        offset = item.value !== undefined ? ends(item.value, memo)[1] : emptyNode(before, from).after;
      }
      range = [offset, commentEnd ?? offset];
      break;
    }
    case 'flow-collection': {
      const [close, ...rest] = token.end;
      const valueEnd = close!.offset + close!.source.length;
      range = [valueEnd, endOf(rest as SourceToken[], valueEnd)];
      break;
    }
    default:
      range = [token.offset, token.offset];
  }
  memo.set(token, range);
  return range;
}

/**
 * Positions in a file read by plainFromCst, found the way parse-yaml's
 * locator finds them in a composed document (value: where the node at the
 * path starts and ends, else the nearest ancestor; key: where its key is
 * written), walking the CST on demand. Each collection's entries are listed
 * once, so a lookup per task stays linear.
 */
export function cstLocator(document: CST.Document, text: string, at: (offset: number, end?: number) => Position): CstLocator {
  const memo = new Map<Token, [number, number]>();
  const lists = new Map<Token, { entries: Entry[]; byKey?: Map<string, Entry> }>();
  const listOf = (token: Token) => {
    let list = lists.get(token);
    if (list !== undefined) return list;
    const entries: Entry[] = [];
    if (token.type === 'block-seq') {
      let offset = token.offset;
      for (const i of token.items) {
        if (!i.start.some((t) => t.type === 'seq-item-ind')) continue;
        const from = endOf(i.start, offset);
        if (i.value !== undefined) entries.push({ start: i.value.offset, end: ends(i.value, memo)[0], value: i.value });
        else {
          const empty = emptyNode(i.start, from);
          entries.push({ start: empty.at, end: empty.at });
        }
        offset = i.value !== undefined ? ends(i.value, memo)[1] : emptyNode(i.start, from).after;
      }
    } else if (token.type === 'block-map') {
      for (const i of token.items) {
        if (i.key == null) continue;
        if (i.value !== undefined) entries.push({ key: i.key, start: i.value.offset, end: ends(i.value, memo)[0], value: i.value });
        else {
          const empty = emptyNode(i.sep!, ends(i.key, memo)[1]);
          entries.push({ key: i.key, start: empty.at, end: empty.at });
        }
      }
    } else if (token.type === 'flow-collection') {
      for (const i of token.items) {
        if (i.key == null && i.value === undefined) continue;
        entries.push({ ...(i.key != null ? { key: i.key } : {}), start: i.value!.offset, end: ends(i.value!, memo)[0], value: i.value! });
      }
    }
    list = { entries };
    if (token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{')) {
      // The first entry of a name, as Array.find gives it in the composed map.
      const byKey = new Map<string, Entry>();
      for (const e of entries) {
        const name = String(scalar(e.key as CST.FlowScalar, true, text));
        if (!byKey.has(name)) byKey.set(name, e);
      }
      list.byKey = byKey;
    }
    lists.set(token, list);
    return list;
  };
  const isCollection = (t: Token) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
  const isSeq = (t: Token) => t.type === 'block-seq' || (t.type === 'flow-collection' && t.start.source === '[');

  // parse-yaml's locator, step for step, on tokens instead of nodes.
  const walk = (path: Path): { found?: { start: number; end: number }; key?: Token; nearest: number } => {
    const root = document.value!;
    let node: { start: number; end: number; token?: Token } | undefined = { start: root.offset, end: ends(root, memo)[0], token: root };
    let key: Token | undefined;
    let nearest = node.start;
    for (const segment of path) {
      if (node === undefined) break;
      nearest = node.start;
      const token: Token | undefined = node.token;
      if (token !== undefined && isCollection(token) && isSeq(token) && typeof segment === 'number') {
        key = undefined;
        const e: Entry | undefined = listOf(token).entries[segment];
        node = e && { start: e.start, end: e.end, ...(e.value ? { token: e.value } : {}) };
      } else if (token !== undefined && isCollection(token) && !isSeq(token)) {
        const e = listOf(token).byKey!.get(String(segment));
        if (e === undefined) return { nearest };
        key = e.key;
        node = { start: e.start, end: e.end, ...(e.value ? { token: e.value } : {}) };
      } else {
        return { nearest };
      }
    }
    return node ? { found: node, ...(key ? { key } : {}), nearest: node.start } : { ...(key ? { key } : {}), nearest };
  };
  return {
    value: (path) => {
      const w = walk(path);
      return at(w.nearest, w.found?.end);
    },
    key: (path) => {
      const w = walk(path);
      return w.key !== undefined ? at(w.key.offset, ends(w.key, memo)[0]) : at(w.nearest);
    },
  };
}
