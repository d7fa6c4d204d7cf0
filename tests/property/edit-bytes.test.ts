import fc from 'fast-check';
import { isMap, isScalar, parse, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFile } from '../../src/edit/format-file.js';
import { appendTask, editTask, type FieldEdit, type FieldValue } from '../../src/edit/edit-task.js';
import { dataset, renderFile, text } from './support/generate.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// Random edits on random valid files (every quoting the generator writes,
// hostile text, BOM, CRLF, 2- or 4-space indents, flow or block lists, plus
// comments and blank lines sprinkled in): every byte outside the edited
// key's lines stays as it was, and the file parses back to exactly the
// intended change and nothing else.

const RUNS = 60;
let edits = 0;
afterAll(() => {
  // The figure the issue asks for: how many edits the property tried.
  console.info(`edit-bytes: ${edits} generated edits checked`);
});

/** Comments at line ends, comment lines and blank lines before tasks: text the edit must leave alone. */
function decorate(body: string, seeds: readonly number[]): string {
  const lines = body.split('\n');
  return lines
    .map((line, i) => {
      const s = seeds[i % seeds.length]!;
      if (line === '' || s % 5 !== 0) return line;
      const comment = `${line}${' '.repeat(1 + (s % 3))}# note ${i}`;
      return /^\s*- id:/.test(line) && s % 2 === 0 ? `\n${' '.repeat(line.indexOf('-'))}# before the task\n${comment}` : comment;
    })
    .join('\n');
}

const idText = fc.stringMatching(/^[A-Z]{2,4}-[0-9]{1,3}$/);
const deadlineValue: fc.Arbitrary<string | number> = fc.oneof(fc.constantFrom('2024-03-31', '2024-03', '2024-Q2', '2025-H1'), fc.integer({ min: 1000, max: 9999 }));

const editFor: fc.Arbitrary<FieldEdit> = fc.oneof(
  fc.record({ key: fc.constantFrom('title', 'owner', 'result', 'source', 'notes', 'leader', 'obstacle'), value: text }),
  fc.record({ key: fc.constant('deadline'), value: deadlineValue }),
  fc.record({ key: fc.constant('status'), value: fc.constantFrom('not_started', 'in_progress', 'done', 'cancelled') }),
  fc.record({ key: fc.constantFrom('depends_on', 'refs'), value: fc.array(fc.oneof(idText, text), { minLength: 1, maxLength: 4 }) }),
  fc.record({ key: fc.constantFrom('result', 'source', 'notes', 'depends_on', 'coordinating', 'completed', 'deadline') }),
  fc.record({
    key: fc.constant('extensions'),
    value: fc.array(fc.record({ from: deadlineValue, reason: text, approved: fc.constantFrom('2024-01-02', '2023-12-31') }), { minLength: 1, maxLength: 2 }),
    append: fc.constant(true),
  }),
);

const input = dataset
  .filter((ds) => ds.ministries.some((m) => m.tasks.length > 0))
  .chain((ds) => {
    const m = ds.ministries.find((x) => x.tasks.length > 0)!;
    return fc.record({
      body: fc.array(fc.nat(99), { minLength: 1, maxLength: 20 }).map((seeds) => decorate(renderFile(m, ds.layout), seeds)),
      layout: fc.constant(ds.layout),
      task: fc.nat(m.tasks.length - 1).map((i) => m.tasks[i]!.id),
      edits: fc.array(editFor, { minLength: 1, maxLength: 3 }),
    });
  });

const read = (t: string) => parse(t.replace(/^\uFEFF/, ''), { version: '1.2', schema: 'core' }) as { tasks: Record<string, unknown>[] };

/** The intended data after one edit, computed on plain data. */
function expected(before: ReturnType<typeof read>, id: string, edit: FieldEdit): unknown {
  const out = structuredClone(before);
  const task = out.tasks.find((t) => t.id === id)!;
  const value = edit.value as FieldValue | undefined;
  if (edit.append) task[edit.key] = [...((task[edit.key] as unknown[]) ?? []), ...(value as unknown[])];
  else if (value === undefined || (Array.isArray(value) && value.length === 0)) delete task[edit.key];
  else task[edit.key] = value;
  return out;
}

/** [start of the key's first line, end of its value's last line) in the text before the edit, or undefined for a new key. */
function keyLines(body: string, id: string, key: string): [number, number] | undefined {
  const doc = parseDocument(body, { version: '1.2', schema: 'core' });
  const tasks = (doc.contents as YAMLMap).get('tasks') as { items: YAMLMap[] };
  const task = tasks.items.find((t) => isMap(t) && t.get('id') === id)!;
  const pair = (task.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && p.key.value === key);
  if (pair === undefined) return undefined;
  const start = body.lastIndexOf('\n', pair.key.range![0]) + 1;
  const valueEnd = pair.value?.range?.[1] ?? pair.key.range![1];
  let last = valueEnd - 1;
  while (last > start && /\s/.test(body[last]!)) last--;
  const nl = body.indexOf('\n', last);
  return [start, nl === -1 ? body.length : nl + 1];
}

/** The range of a one-line scalar value (not a block scalar or list) before the edit. */
function valueRange(body: string, id: string, key: string): [number, number] | undefined {
  const doc = parseDocument(body, { version: '1.2', schema: 'core' });
  const task = ((doc.contents as YAMLMap).get('tasks') as { items: YAMLMap[] }).items.find((t) => isMap(t) && t.get('id') === id)!;
  const node = task.get(key, true) as Node | undefined;
  if (!isScalar(node) || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  return [node.range![0], node.range![1]];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function commonSuffix(a: string, b: string, prefix: number): number {
  let i = 0;
  while (i < a.length - prefix && i < b.length - prefix && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

describe('editing keeps every other byte', () => {
  it(
    'random edits on random valid files',
    () =>
      checkProperty(
        'edit-bytes',
        fc.asyncProperty(input, async ({ body, layout, task, edits: list }) => {
          const encoded = (layout.bom ? '\uFEFF' : '') + (layout.crlf ? body.replace(/\n/g, '\r\n') : body);
          let current = encoded;
          for (const edit of list) {
            edits++;
            const before = read(current);
            const plainBefore = current.replace(/^\uFEFF/, '');
            const lines = keyLines(plainBefore, task, edit.key);
            const { text: after } = editTask(current, task, [edit]);
            expect(read(after)).toEqual(expected(before, task, edit));
            expect(after.startsWith('\uFEFF')).toBe(layout.bom);
            const plainAfter = after.replace(/^\uFEFF/, '');
            // Line ends: nothing but the file's own.
            expect(plainAfter.replace(/\r\n/g, '').includes('\r')).toBe(false);
            if (layout.crlf) expect(/(^|[^\r])\n/.test(plainAfter)).toBe(false);
            // Bytes: outside the key's own lines nothing changes; a new key or entry is a pure insertion of whole lines.
            const p = commonPrefix(plainBefore, plainAfter);
            const s = commonSuffix(plainBefore, plainAfter, p);
            const removed = plainBefore.length - s - p;
            if (edit.value === undefined) {
              expect(plainAfter).toBe(lines === undefined ? plainBefore : plainBefore.slice(0, lines[0]) + plainBefore.slice(lines[1]));
            } else if (edit.append || lines === undefined) {
              expect(removed).toBe(0);
              expect(plainAfter.length - s).toBeGreaterThan(p);
            } else {
              expect(plainAfter.startsWith(plainBefore.slice(0, lines[0]))).toBe(true);
              expect(plainAfter.endsWith(plainBefore.slice(lines[1]))).toBe(true);
              const value = valueRange(plainBefore, task, edit.key);
              if (value !== undefined && !Array.isArray(edit.value)) {
                // A one-line value: the key before it and the comment after it are the file's own.
                expect(plainAfter.startsWith(plainBefore.slice(0, value[0]))).toBe(true);
                expect(plainAfter.endsWith(plainBefore.slice(value[1]))).toBe(true);
              }
            }
            current = after;
          }
        }),
        RUNS,
      ),
    PROPERTY_TIMEOUT,
  );

  it(
    'a new task parses back as exactly the task added, and nothing before it moves',
    () =>
      checkProperty(
        'edit-append-task',
        fc.asyncProperty(input, fc.record({ title: text, owner: text, deadline: deadlineValue, result: fc.option(text, { nil: undefined }) }), async ({ body, layout }, fields) => {
          edits++;
          const encoded = (layout.bom ? '\uFEFF' : '') + (layout.crlf ? body.replace(/\n/g, '\r\n') : body);
          const task = { id: 'NEW-999', status: 'not_started', ...fields } as Record<string, FieldValue>;
          if (fields.result === undefined) delete task.result;
          const { text: after, line } = appendTask(encoded, task);
          const before = read(encoded);
          expect(read(after)).toEqual({ ...before, tasks: [...before.tasks, task] });
          expect(after.startsWith(encoded.replace(/\r?\n?$/, ''))).toBe(true);
          expect(after.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1]).toMatch(/^\s*- id: NEW-999$/);
        }),
        RUNS,
      ),
    PROPERTY_TIMEOUT,
  );

  it(
    'fmt keeps the data and every comment, and is idempotent',
    () =>
      checkProperty(
        'edit-fmt',
        fc.asyncProperty(input, async ({ body, layout }) => {
          const encoded = (layout.bom ? '\uFEFF' : '') + (layout.crlf ? body.replace(/\n/g, '\r\n') : body);
          const once = formatFile(encoded);
          expect(read(once)).toEqual(read(encoded));
          const notes = (t: string) => (t.match(/# (note \d+|before the task)/g) ?? []).sort();
          expect(notes(once)).toEqual(notes(encoded));
          expect(formatFile(once)).toBe(once);
          expect(once.startsWith('\uFEFF')).toBe(layout.bom);
          if (layout.crlf) expect(/(^|[^\r])\n/.test(once.replace(/^\uFEFF/, ''))).toBe(false);
        }),
        RUNS,
      ),
    PROPERTY_TIMEOUT,
  );
});
