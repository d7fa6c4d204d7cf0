import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EXTENSION_KEYS, TASK_KEYS, rank } from './key-order.js';
import { applySplice, columnOf, endOfLines, joinSource, lineEnd, lineOf, lineStart, splitSource, type Splice } from './source-text.js';
import { en } from '../i18n/en.js';
import type { Saying } from '../i18n/errors.js';
import { blockScalar, flowList, inlineScalar, type ScalarStyle } from './yaml-scalar.js';

// Edits on a task file's text, as text: every edit is one splice of the
// lines that hold the value it changes, located through the yaml parser's
// source ranges, so every other byte (comments, blank lines, key order,
// quoting, indentation, BOM, CRLF) is the file's own.

export type ScalarValue = string | number;
export interface ExtensionValue {
  from: ScalarValue;
  reason: string;
  approved?: string;
}
/** A task field's new value: text (or a YAML number, for a year), a list of text, or extension entries. */
export type FieldValue = ScalarValue | readonly string[] | readonly ExtensionValue[];

/** One field edit: `value` undefined removes the key; `append` adds entries to a list (extensions). */
export interface FieldEdit {
  key: string;
  value?: FieldValue;
  append?: boolean;
}

export interface FieldChange {
  key: string;
  /** 1-based line of the key in the edited text (for a removed key: where it was). */
  line: number;
  /** The value before and after, as plain data (undefined: absent). */
  from: unknown;
  to: unknown;
}

/** The file cannot be edited as asked (not YAML, no such task, a key that cannot be removed). */
export class EditError extends Error {
  override name = 'EditError';
  /** The refusal in the reader's language (the message is the English). */
  readonly wording: Saying;
  constructor(say: Saying) {
    super(say(en));
    this.wording = say;
  }
}

interface Located {
  body: string;
  doc: Document.Parsed;
  task: YAMLMap;
}

function parseBody(body: string): Document.Parsed {
  const doc = parseDocument(body, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const firstLine = error.message.split('\n')[0]!;
    throw new EditError((w) => w.edit.notYaml(firstLine));
  }
  return doc;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

export function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((p) => keyName(p) === key);
}

function tasksSeq(doc: Document.Parsed): { pair: Pair<Node, Node | null>; seq?: YAMLSeq } {
  const root = doc.contents;
  const pair = isMap(root) ? pairOf(root, 'tasks') : undefined;
  if (pair === undefined) throw new EditError((w) => w.edit.noTasksList);
  return isSeq(pair.value) ? { pair, seq: pair.value } : { pair };
}

function locateTask(body: string, id: string): Located {
  const doc = parseBody(body);
  const { seq } = tasksSeq(doc);
  const task = seq?.items.find((item): item is YAMLMap => isMap(item) && plain(pairOf(item, 'id')?.value) === id);
  if (task === undefined) throw new EditError((w) => w.edit.noTaskInFile(id));
  return { body, doc, task };
}

/** A node as plain data (scalars as their value, lists as arrays). */
function plain(node: unknown): unknown {
  if (node === null || node === undefined) return undefined;
  return typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : node;
}

function styleOf(node: unknown): ScalarStyle {
  if (!isScalar(node)) return 'plain';
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    default:
      return 'plain';
  }
}

const inline = (style: ScalarStyle): Exclude<ScalarStyle, 'block'> => (style === 'block' ? 'plain' : style);

/** The text range of a pair's value, or of its key when it has none. */
function valueRange(pair: Pair<Node, Node | null>): [number, number] {
  const node = pair.value;
  if (node?.range) return [node.range[0], node.range[1]];
  return [pair.key.range![0], pair.key.range![1]];
}

/** Where the lines of a pair end: after its value's last line (with any comment on it). */
function pairEnd(body: string, pair: Pair<Node, Node | null>): number {
  return endOfLines(body, pair.key.range![0], valueRange(pair)[1]);
}

/** Does a node's range end at a line start (a block collection or block scalar, which owns its last line break)? */
function endsLine(body: string, node: Node): boolean {
  const end = node.range![1];
  return end > 0 && body[end - 1] === '\n';
}

/** How a file writes lists and extensions, learnt from a task (the one edited, or the one before a new one). */
export interface Style {
  blockLists: boolean;
  /** Columns from a list key to its "-" (block lists and extensions). */
  listIndent: number;
  /** Scalar style per key, where the model task has the key. */
  scalars: Map<string, ScalarStyle>;
}

const DEFAULT_STYLE: Style = { blockLists: false, listIndent: 2, scalars: new Map() };

function learnStyle(body: string, tasks: readonly YAMLMap[]): Style {
  const style: Style = { ...DEFAULT_STYLE, scalars: new Map() };
  let listSeen = false;
  for (const task of tasks) {
    for (const pair of task.items as Pair<Node, Node | null>[]) {
      const key = keyName(pair);
      if (key === undefined) continue;
      const value = pair.value;
      if (isSeq(value)) {
        if (!listSeen && key !== 'extensions' && value.items.length > 0) {
          style.blockLists = !value.flow;
          listSeen = true;
        }
        if (!value.flow && value.items.length > 0) {
          const dash = body.lastIndexOf('-', (value.items[0] as Node).range![0]);
          style.listIndent = Math.max(0, columnOf(body, dash) - columnOf(body, pair.key.range![0]));
        }
      } else if (isScalar(value) && !style.scalars.has(key) && typeof value.value === 'string') {
        // A block scalar's style is not copied to a new line: new values are written on one line.
        const s = styleOf(value);
        if (s !== 'block') style.scalars.set(key, s);
      }
    }
  }
  return style;
}

/** `key: value` lines at `indent` for a new key. */
function fieldLines(key: string, value: FieldValue, indent: number, style: Style, eol: string): string {
  const pad = ' '.repeat(indent);
  const sub = ' '.repeat(indent + style.listIndent);
  if (Array.isArray(value)) {
    if (value.length > 0 && typeof value[0] === 'object') {
      return `${pad}${key}:${eol}` + (value as ExtensionValue[]).map((e) => extensionLines(e, sub, style, eol)).join('');
    }
    const items = value as string[];
    if (style.blockLists && items.length > 0) return `${pad}${key}:${eol}` + items.map((i) => `${sub}- ${inlineScalar(i, 'plain')}${eol}`).join('');
    return `${pad}${key}: ${flowList(items)}${eol}`;
  }
  return `${pad}${key}: ${inlineScalar(value as ScalarValue, inline(style.scalars.get(key) ?? 'plain'))}${eol}`;
}

function extensionLines(e: ExtensionValue, dashPad: string, style: Style, eol: string, extStyles = new Map<string, ScalarStyle>()): string {
  const lines: string[] = [];
  for (const key of EXTENSION_KEYS) {
    const v = (e as unknown as Record<string, ScalarValue | undefined>)[key];
    if (v === undefined) continue;
    const prefix = lines.length === 0 ? `${dashPad}- ` : `${dashPad}  `;
    lines.push(`${prefix}${key}: ${inlineScalar(v, inline(extStyles.get(key) ?? style.scalars.get(key) ?? 'plain'))}${eol}`);
  }
  return lines.join('');
}

/** The splice that gives `pair` a new value, in the value's own style. */
function replaceValue(body: string, pair: Pair<Node, Node | null>, value: FieldValue, indent: number, style: Style, eol: string): Splice {
  const node = pair.value;
  if (node === null || node.range == null) {
    const colon = body.indexOf(':', pair.key.range![1]);
    const lines = fieldLines('k', value, 0, style, eol);
    if (lines.includes(eol + ' ') || lines.split(eol).length > 2) {
      // A block list or extensions under a key written with no value: put the lines after the key's line.
      const after = lineEnd(body, colon);
      const insert = fieldLines('k', value, indent, style, eol).split(eol).slice(1).join(eol);
      return { start: after, end: after, insert: (after === body.length && !body.endsWith('\n') ? eol : '') + insert };
    }
    return { start: colon + 1, end: colon + 1, insert: ' ' + lines.slice(3, -eol.length) };
  }
  const [start, end] = [node.range![0], node.range![1]];
  const closesLine = endsLine(body, node) ? eol : '';
  if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
    // Extensions as a whole: block entries below the key.
    const entries = (value as ExtensionValue[]).map((e) => extensionLines(e, ' '.repeat(indent + style.listIndent), style, eol)).join('');
    const from = isSeq(node) && !node.flow ? lineStart(body, start) : start;
    return isSeq(node) && !node.flow ? { start: from, end: endOfLines(body, start, end), insert: entries } : { start: start - 1, end, insert: eol + entries.slice(0, -eol.length) + closesLine };
  }
  if (Array.isArray(value)) {
    const items = value as string[];
    if (isSeq(node) && !node.flow && node.items.length > 0) {
      const dash = body.lastIndexOf('-', (node.items[0] as Node).range![0]);
      const pad = ' '.repeat(columnOf(body, dash));
      const itemStyle = inline(styleOf(node.items[0]));
      return { start: lineStart(body, start), end: endOfLines(body, start, end), insert: items.map((i) => `${pad}- ${inlineScalar(i, itemStyle)}${eol}`).join('') };
    }
    const itemStyle = isSeq(node) && node.items.length > 0 ? inline(styleOf(node.items[0])) : 'plain';
    return { start, end, insert: flowList(items, itemStyle) + closesLine };
  }
  const scalar = value as ScalarValue;
  if (isScalar(node) && styleOf(node) === 'block' && typeof scalar === 'string') {
    const header = lineEnd(body, start);
    const contentIndent = /^ */.exec(body.slice(header))![0].length;
    const block = blockScalar(scalar, contentIndent > indent ? contentIndent : indent + 2, eol);
    if (block !== undefined) return { start, end, insert: block };
    return { start, end, insert: inlineScalar(scalar, 'double') + closesLine };
  }
  return { start, end, insert: inlineScalar(scalar, isScalar(node) ? inline(styleOf(node)) : 'plain') + closesLine };
}

/** Where a new key goes: after the existing key that comes last before it in the canonical order. */
function insertionPoint(body: string, map: YAMLMap, key: string, order: readonly string[]): number {
  const wanted = rank(order, key);
  let before: Pair<Node, Node | null> | undefined;
  let beforeRank = -1;
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const name = keyName(pair);
    if (name === undefined) continue;
    const r = rank(order, name);
    if (r < wanted && r >= beforeRank) {
      before = pair;
      beforeRank = r;
    }
  }
  const anchor = before ?? (map.items[map.items.length - 1] as Pair<Node, Node | null>);
  return pairEnd(body, anchor);
}

function keyColumn(body: string, map: YAMLMap): number {
  return columnOf(body, (map.items[0] as Pair<Node>).key.range![0]);
}

/** One field edit on one task; the change's line is filled in by editTask. */
function editOnce(body: string, id: string, edit: FieldEdit, eol: string): { body: string; from: unknown; to: unknown } {
  const { doc, task } = locateTask(body, id);
  const pair = pairOf(task, edit.key);
  const indent = keyColumn(body, task);
  const tasks = (tasksSeq(doc).seq?.items ?? []).filter(isMap) as YAMLMap[];
  const style = learnStyle(body, [task, ...tasks.filter((t) => t !== task)]);
  const from = plain(pair?.value);

  if (edit.value === undefined) {
    if (pair === undefined) return { body, from, to: undefined };
    if (pair === task.items[0]) throw new EditError((w) => w.edit.firstKey(edit.key, id));
    const start = lineStart(body, pair.key.range![0]);
    return { body: applySplice(body, { start, end: pairEnd(body, pair), insert: '' }), from, to: undefined };
  }

  if (edit.append === true) {
    const entries = edit.value as readonly ExtensionValue[];
    const seq = pair?.value;
    if (pair !== undefined && isSeq(seq) && !seq.flow && seq.items.length > 0) {
      const last = seq.items[seq.items.length - 1] as Node;
      const dash = body.lastIndexOf('-', last.range![0]);
      const extStyles = isMap(last) ? learnStyle(body, [last]).scalars : new Map<string, ScalarStyle>();
      const insert = entries.map((e) => extensionLines(e, ' '.repeat(columnOf(body, dash)), style, eol, extStyles)).join('');
      const at = endOfLines(body, last.range![0], last.range![1]);
      const body2 = applySplice(body, { start: at, end: at, insert: (at === body.length && !body.endsWith('\n') ? eol : '') + insert });
      return { body: body2, from, to: [...((from as unknown[]) ?? []), ...entries] };
    }
    const all = [...(((from as unknown[] | undefined) ?? []) as ExtensionValue[]), ...entries];
    return editOnce(body, id, { key: edit.key, value: all }, eol);
  }

  if (Array.isArray(edit.value) && edit.value.length === 0) return editOnce(body, id, { key: edit.key }, eol);

  let splice: Splice;
  if (pair !== undefined) {
    splice = replaceValue(body, pair, edit.value, indent, style, eol);
  } else {
    const at = insertionPoint(body, task, edit.key, TASK_KEYS);
    const lead = at === body.length && !body.endsWith('\n') ? eol : '';
    splice = { start: at, end: at, insert: lead + fieldLines(edit.key, edit.value, indent, style, eol) };
  }
  return { body: applySplice(body, splice), from, to: edit.value };
}

/**
 * Applies field edits to task `id`, one after another, and reports each
 * change with the line its key is on in the result. A value equal to the
 * current one is still written (and reported), so the caller decides what a
 * no-op means.
 */
export function editTask(text: string, id: string, edits: readonly FieldEdit[]): { text: string; changes: FieldChange[] } {
  const source = splitSource(text);
  let body = source.body;
  const partial: Omit<FieldChange, 'line'>[] = [];
  for (const edit of edits) {
    const done = editOnce(body, id, edit, source.eol);
    body = done.body;
    partial.push({ key: edit.key, from: done.from, to: done.to });
  }
  const { task } = locateTask(body, id);
  const taskLine = lineOf(body, task.range![0]);
  const changes = partial.map((c, i) => {
    const pair = pairOf(task, c.key);
    // An appended entry is reported on its own line, the key's otherwise.
    const last = edits[i]!.append === true && isSeq(pair?.value) ? (pair.value.items[pair.value.items.length - 1] as Node | undefined) : undefined;
    const at = last?.range?.[0] ?? pair?.key.range?.[0];
    return { ...c, line: at === undefined ? taskLine : lineOf(body, at) };
  });
  return { text: joinSource(source, body), changes };
}

/** The ids written in a file's task list, in order (for the next free id). */
export function taskIds(text: string): string[] {
  const { seq } = tasksSeq(parseBody(splitSource(text).body));
  return (seq?.items ?? []).flatMap((item) => {
    const id = isMap(item) ? plain(pairOf(item, 'id')?.value) : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/**
 * Appends a task at the end of the file's list, in the style of the task
 * before it (indentation, blank line between tasks, list and quoting style);
 * its keys in the canonical order. Returns the line the new task starts on.
 */
export function appendTask(text: string, fields: Readonly<Record<string, FieldValue>>): { text: string; line: number } {
  const source = splitSource(text);
  const { body, eol } = source;
  const doc = parseBody(body);
  const { pair, seq } = tasksSeq(doc);
  const keys = Object.keys(fields).sort((a, b) => rank(TASK_KEYS, a) - rank(TASK_KEYS, b));
  const items = (seq?.items ?? []) as Node[];
  const last = items[items.length - 1];

  let dashCol: number;
  let keyCol: number;
  let style = DEFAULT_STYLE;
  let blank = false;
  let at: number;
  let lead = '';
  let prefix: Splice | undefined;
  if (seq !== undefined && !seq.flow && last !== undefined) {
    const dash = body.lastIndexOf('-', last.range![0]);
    dashCol = columnOf(body, dash);
    keyCol = isMap(last) && last.items.length > 0 ? keyColumn(body, last) : dashCol + 2;
    style = learnStyle(body, (items.filter(isMap) as YAMLMap[]).reverse());
    // One task before it shows no habit yet: the canonical layout's blank line between tasks.
    blank = items.length === 1;
    if (items.length >= 2) {
      const prev = items[items.length - 2]!;
      const between = body.slice(endOfLines(body, prev.range![0], prev.range![1]), lineStart(body, dash));
      blank = /(^|\n)[ \t]*\r?\n/.test(between);
    }
    at = endOfLines(body, last.range![0], last.range![1]);
    if (at === body.length && !body.endsWith('\n')) lead = eol;
  } else {
    if (seq !== undefined && seq.items.length > 0) throw new EditError((w) => w.edit.flowList);
    // "tasks: []" or "tasks:" with nothing: the list starts on the next line, indented like the ministry's keys.
    const root = doc.contents as YAMLMap;
    const ministry = pairOf(root, 'ministry')?.value;
    const rootCol = columnOf(body, pair.key.range![0]);
    dashCol = isMap(ministry) && ministry.items.length > 0 ? keyColumn(body, ministry) : rootCol + 2;
    keyCol = dashCol + 2;
    const colon = body.indexOf(':', pair.key.range![1]);
    const valueEnd = pair.value?.range ? pair.value.range[1] : colon + 1;
    prefix = { start: colon + 1, end: valueEnd, insert: '' };
    at = lineEnd(body, valueEnd);
    if (at === body.length && !body.endsWith('\n')) lead = eol;
  }
  const lines = keys.map((key, i) => {
    const line = fieldLines(key, fields[key]!, keyCol, style, eol);
    return i === 0 ? ' '.repeat(dashCol) + '- ' + line.slice(keyCol) : line;
  });
  const insert = lead + (blank ? eol : '') + lines.join('');
  let out = applySplice(body, { start: at, end: at, insert });
  let taskStart = at + lead.length + (blank ? eol.length : 0);
  if (prefix !== undefined) {
    out = applySplice(out, prefix);
    taskStart -= prefix.end - prefix.start;
  }
  return { text: joinSource(source, out), line: lineOf(out, taskStart) };
}
