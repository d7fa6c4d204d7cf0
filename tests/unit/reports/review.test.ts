import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/load/parse-source.js';
import { reviewReport, type ReviewSide } from '../../../src/reports/review.js';
import { validateDataset } from '../../../src/validate/validate-dataset.js';

// The comparison without git: each side is a set of files as text. A task is
// written from a few fields, so every case below is one line.

type Fields = Record<string, string | undefined>;

/** One task at line 5 of its file; `deadline`, `status` and the rest can be changed or left out (undefined). */
function task(id: string, fields: Fields = {}): string {
  const all: Fields = { title: `Work ${id}`, owner: 'Department A', deadline: '2024-Q1', status: 'in_progress', result: 'Done', ...fields };
  const body = Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `    ${k}: ${v}\n`)
    .join('');
  return `  - id: ${id}\n${body}`;
}

const file = (code: string, ...tasks: string[]) => `ministry:\n  code: ${code}\n  name: Ministry ${code}\ntasks:${tasks.length === 0 ? ' []\n' : `\n${tasks.join('')}`}`;

/** An `extensions:` value: one entry per object, its first key on the "- " line. */
const ext = (...entries: Fields[]) =>
  entries.map((e) => Object.entries(e).map(([k, v], i) => `\n${i === 0 ? '      - ' : '        '}${k}: ${v}`).join('')).join('');

function side(files: Record<string, string>): ReviewSide {
  const loaded = Object.entries(files).map(([name, text]) => {
    const bytes = new TextEncoder().encode(text);
    return parseSource({ file: name, size: bytes.length, bytes }, 1 << 20);
  });
  return { label: { name: 'x' }, loaded, validation: validateDataset(loaded, { agencies: {} }) };
}

/** Changes as "ID kind" and problems as "FILE:LINE:COL rule" (validation's own problems left out). */
function compare(base: Record<string, string>, head: Record<string, string>) {
  const report = reviewReport(side(base), side(head));
  const promise = new Set(['task-removed', 'unrecorded-extension', 'history-rewritten', 'reopened']);
  return {
    changes: report.changes.map((c) => `${c.task} ${c.change}`),
    problems: report.problems.filter((p) => promise.has(p.rule)).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`),
  };
}

const one = (base: Fields, head: Fields) => compare({ 'moj.yaml': file('MOJ', task('MOJ-01', base)) }, { 'moj.yaml': file('MOJ', task('MOJ-01', head)) });

describe('reviewReport: one task, base fields → head fields', () => {
  // Lines of the head: 5 "- id", 6 title, 7 owner, 8 deadline, 9 status, 10 result, 11 extensions (entries from 12).
  it.each<[string, Fields, Fields, string[], string[]]>([
    ['nothing changed', {}, {}, [], []],
    ['deadline moved earlier: a change only', { deadline: '2024-Q2' }, { deadline: '2024-Q1' }, ['MOJ-01 deadline'], []],
    ['deadline rewritten with the same due date', { deadline: '2024-Q1' }, { deadline: '2024-03' }, ['MOJ-01 deadline'], []],
    ['deadline moved later, nothing recorded', {}, { deadline: '2024-Q2' }, ['MOJ-01 deadline'], ['moj.yaml:8:15 unrecorded-extension']],
    ['deadline moved later, recorded "from" the old text', {}, { deadline: '2024-Q2', extensions: ext({ from: '2024-Q1', reason: 'late' }) }, ['MOJ-01 deadline', 'MOJ-01 extensions'], []],
    ['deadline moved later, recorded "from" the same due date written otherwise', {}, { deadline: '2024-Q2', extensions: ext({ from: '2024-03-31', reason: 'late' }) }, ['MOJ-01 deadline', 'MOJ-01 extensions'], []],
    ['deadline moved later, recorded from another date', {}, { deadline: '2024-Q2', extensions: ext({ from: '2024-02', reason: 'late' }) }, ['MOJ-01 deadline', 'MOJ-01 extensions'], ['moj.yaml:8:15 unrecorded-extension']],
    ['a recurring task gets a deadline', { status: 'recurring', deadline: undefined }, { status: 'recurring', deadline: '2024-Q4' }, ['MOJ-01 deadline'], []],
    ['an extension reason rewritten', { extensions: ext({ from: '2023-12', reason: 'late' }) }, { extensions: ext({ from: '2023-12', reason: 'very late' }) }, ['MOJ-01 extensions'], ['moj.yaml:12:9 history-rewritten']],
    ['an approval date added afterwards', { extensions: ext({ from: '2023-12', reason: 'late' }) }, { extensions: ext({ from: '2023-12', reason: 'late', approved: '2024-01-02' }) }, ['MOJ-01 extensions'], ['moj.yaml:12:9 history-rewritten']],
    ['an extension removed: reported on the task', { extensions: ext({ from: '2023-12', reason: 'late' }) }, {}, ['MOJ-01 extensions'], ['moj.yaml:5:5 history-rewritten']],
    ['done, then open again', { status: 'done', completed: '2024-03-01' }, { status: 'in_progress' }, ['MOJ-01 status', 'MOJ-01 completed'], ['moj.yaml:9:13 reopened']],
    ['done, then cancelled: not reopened', { status: 'done', completed: '2024-03-01' }, { status: 'cancelled' }, ['MOJ-01 status', 'MOJ-01 completed'], []],
    ['dependencies reordered: no change', { depends_on: '[MOJ-02, MOJ-03]' }, { depends_on: '[MOJ-03, MOJ-02]' }, [], []],
    ['owner and title', {}, { owner: 'Department B', title: 'Other work' }, ['MOJ-01 owner', 'MOJ-01 title'], []],
  ])('%s', (_name, base, head, changes, problems) => {
    expect(one(base, head)).toEqual({ changes, problems });
  });
});

describe('reviewReport: tasks that come and go', () => {
  const base = { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-02')), 'mof.yaml': file('MOF', task('MOF-01')) };

  it.each<[string, Record<string, string>, string[], string[]]>([
    ['a task deleted: on the "tasks:" line of its file', { 'moj.yaml': file('MOJ', task('MOJ-01')), 'mof.yaml': base['mof.yaml'] }, ['MOJ-02 removed'], ['moj.yaml:4:1 task-removed']],
    ['a file deleted: at line 1 of its old path', { 'moj.yaml': base['moj.yaml'] }, ['MOF-01 removed'], ['mof.yaml:1:1 task-removed']],
    ['a file renamed: on the "tasks:" line of the ministry\'s new file', { 'moj.yaml': base['moj.yaml'], 'finance.yaml': file('MOF') }, ['MOF-01 removed'], ['finance.yaml:4:1 task-removed']],
    ['a task moved to another file: moved, not removed', { 'moj.yaml': file('MOJ', task('MOJ-01')), 'mof.yaml': file('MOF', task('MOF-01'), task('MOJ-02')) }, ['MOJ-02 moved'], []],
    ['a task transferred to a successor keeping its id (SPEC §10)', { 'moj.yaml': file('MOJ', task('MOJ-01')), 'mof.yaml': file('MOF', task('MOF-01'), task('MOJ-02', { transferred_from: 'MOJ' })) }, ['MOJ-02 moved'], []],
    ['a task that fails validation at the head: not removed, not compared', { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-02', { status: 'overdue' })), 'mof.yaml': base['mof.yaml'] }, [], []],
    ['a file broken at the head: its tasks are not "removed" (the syntax error says enough)', { 'moj.yaml': `${base['moj.yaml']}  - [unclosed\n`, 'mof.yaml': base['mof.yaml'] }, [], []],
    ['an id renamed: removed and added', { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-2')), 'mof.yaml': base['mof.yaml'] }, ['MOJ-2 added', 'MOJ-02 removed'], ['moj.yaml:4:1 task-removed']],
    ['a new ministry: its tasks are added, ministries in code order', { ...base, 'mic.yaml': file('MIC', task('MIC-01')) }, ['MIC-01 added'], []],
  ])('%s', (_name, head, changes, problems) => {
    expect(compare(base, head)).toEqual({ changes, problems });
  });

  it('a move says from which body to which', () => {
    const head = { 'moj.yaml': file('MOJ', task('MOJ-01')), 'mof.yaml': file('MOF', task('MOF-01'), task('MOJ-02', { transferred_from: 'MOJ' })) };
    expect(reviewReport(side(base), side(head)).changes).toEqual([{ task: 'MOJ-02', ministry: 'MOF', change: 'moved', from: 'MOJ', to: 'MOF' }]);
  });

  it('text that changed only its Unicode normalisation is no change (SPEC §10)', () => {
    const nfd = { title: 'Số hóa dữ liệu'.normalize('NFD'), owner: 'Sở Nội vụ'.normalize('NFD'), extensions: ext({ from: '2023-12', reason: 'chờ ý kiến'.normalize('NFD') }) };
    const nfc = { title: 'Số hóa dữ liệu', owner: 'Sở Nội vụ', extensions: ext({ from: '2023-12', reason: 'chờ ý kiến' }) };
    expect(nfd.owner).not.toBe(nfc.owner);
    expect(one(nfd, nfc)).toEqual({ changes: [], problems: [] });
    expect(one(nfc, nfd)).toEqual({ changes: [], problems: [] });
  });

  it('a file broken at the base: repairing it adds nothing', () => {
    expect(compare({ ...base, 'moj.yaml': `${base['moj.yaml']}  - [unclosed\n` }, base)).toEqual({ changes: [], problems: [] });
  });

  it('says "renamed" when a new id has the removed task\'s title', () => {
    const report = reviewReport(side(base), side({ ...base, 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-02a', { title: 'Work MOJ-02' })) }));
    expect(report.problems.map((p) => p.message)).toEqual(['task MOJ-02 was renamed to MOJ-02a; a task keeps its id for life: keep MOJ-02 (set status: cancelled if MOJ-02a replaces it)']);
  });
});

describe('reviewReport: a pull request that changes every id', () => {
  it('names each rename from a title map, not a search of the added tasks per removed task (removed × added)', () => {
    const n = 1000;
    const base = side({ 'moj.yaml': file('MOJ', ...Array.from({ length: n }, (_, i) => task(`MOJ-${i}`, { title: `Work number ${i}` }))) });
    const head = side({ 'moj.yaml': file('MOJ', ...Array.from({ length: n }, (_, i) => task(`MOJ-R${i}`, { title: `Work number ${i}` }))) });
    // Counts the elements Array.prototype.find walks while comparing.
    const find = Array.prototype.find;
    let walked = 0;
    Array.prototype.find = function (this: unknown[], ...args: Parameters<typeof find>) {
      walked += this.length;
      return find.apply(this, args);
    } as typeof find;
    let report;
    try {
      report = reviewReport(base, head);
    } finally {
      Array.prototype.find = find;
    }
    const removed = report.problems.filter((p) => p.rule === 'task-removed');
    expect(removed).toHaveLength(n);
    expect(removed[0]!.message).toBe('task MOJ-0 was renamed to MOJ-R0; a task keeps its id for life: keep MOJ-0 (set status: cancelled if MOJ-R0 replaces it)');
    expect(walked).toBeLessThan(20 * n);
  });
});
