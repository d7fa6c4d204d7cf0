import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EXTENSION_KEYS, FILE_KEYS, LIST_KEYS, MINISTRY_KEYS, TASK_KEYS, rank } from './key-order.js';
import { EditError } from './edit-task.js';
import { joinSource, splitSource } from './source-text.js';

/**
 * A task file in the one canonical layout: keys in the canonical order,
 * two-space indents with list dashes indented under their key, one blank
 * line between tasks and none elsewhere, quotes only where YAML needs them,
 * lists of ids and codes on one line (`[a, b]`) unless a comment sits inside
 * them, extensions as a block, no line folding, dates as written. Every
 * comment is kept (a comment on a value's line moves to one space after
 * it); the BOM and the line ends are the file's own. Idempotent.
 */
export function formatFile(text: string): string {
  const source = splitSource(text);
  const doc = parseDocument(source.body, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const firstLine = error.message.split('\n')[0]!;
    throw new EditError((w) => w.edit.fmtNotYaml(firstLine));
  }

  const data = doc.toJS();
  const root = doc.contents;
  if (isMap(root)) {
    order(root, FILE_KEYS);
    const ministry = root.get('ministry', true);
    if (isMap(ministry)) order(ministry, MINISTRY_KEYS);
    const tasks = root.get('tasks', true);
    if (isSeq(tasks) && tasks.items.length > 0) {
      tasks.flow = false;
      tasks.items.forEach((task, i) => {
        if (!isMap(task)) return;
        (task as Node).spaceBefore = i > 0;
        order(task, TASK_KEYS);
        const extensions = task.get('extensions', true);
        if (isSeq(extensions)) {
          extensions.flow = false;
          for (const e of extensions.items) if (isMap(e)) order(e, EXTENSION_KEYS);
        }
      });
    }
  }
  visit(doc, {
    Pair(_, pair, path) {
      const inTask = path.length >= 4;
      if (!(isPair(pair) && isScalar(pair.key))) return;
      if (inTask || path.length <= 2) (pair.key as Node).spaceBefore = false;
      const value = pair.value;
      if (isSeq(value)) value.flow = value.items.length === 0 || (LIST_KEYS.has(String(pair.key.value)) && value.items.every(isScalar) && !hasComments(value));
    },
    Map(_, node) {
      node.flow = false;
    },
    Scalar(_, node) {
      // Quotes only where needed: the stringifier picks plain when plain reads back the same, a block for several lines.
      if (typeof node.value === 'string') node.type = undefined;
    },
  });
  const out = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  // A layout change only: should the data read back differently, nothing is written.
  if (!isDeepStrictEqual(parseDocument(out, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false }).toJS(), data)) {
    throw new EditError((w) => w.edit.fmtWouldChange);
  }
  return joinSource(source, source.eol === '\r\n' ? out.replace(/\r?\n/g, '\r\n') : out);
}

function order(map: YAMLMap, keys: readonly string[]): void {
  // A comment above the first key is the mapping's own (a file's header, a note on a task): it stays on top whatever comes first.
  const first = map.items[0] as Pair<Node> | undefined;
  if (first?.key?.commentBefore) {
    map.commentBefore = [map.commentBefore, first.key.commentBefore].filter(Boolean).join('\n');
    first.key.commentBefore = undefined;
  }
  const position = (p: Pair) => rank(keys, isScalar(p.key) ? String(p.key.value) : '');
  // A stable sort: keys the order does not know keep their order, after the known ones.
  map.items = (map.items as Pair[]).map((p, i) => [p, i] as const).sort((a, b) => position(a[0]) - position(b[0]) || a[1] - b[1]).map(([p]) => p) as typeof map.items;
}

function hasComments(seq: YAMLSeq): boolean {
  return Boolean(seq.commentBefore || seq.comment || seq.items.some((i) => (i as Node).commentBefore || (i as Node).comment));
}
