import { describe, expect, it } from 'vitest';
import { appendTask, editTask, EditError, taskIds } from '../../../src/edit/edit-task.js';

const FILE = [
  '# yaml-language-server: $schema=../schemas/ministry.schema.json',
  'ministry:',
  '  code: MOJ',
  '  name: Ministry of Justice',
  'tasks:',
  '  - id: MOJ-01',
  "    title: 'Compile the roadmaps'   # quoted on purpose",
  '    owner: Legal Department   # illustrative',
  '    deadline: 2024-03',
  '    status: in_progress',
  '    depends_on: [MOF-03, MOH-01]',
  '',
  '  # the second task',
  '  - id: MOJ-02',
  '    title: Track the roadmap',
  '    owner: Ministry Office',
  '    deadline: 2024-12',
  '    status: not_started',
  '    notes: |',
  '      first line',
  '      second line',
  '    extensions:',
  '      - from: 2024-06',
  '        reason: "waiting"',
  '',
].join('\n');

/** The lines of `after` that differ from `before`'s, as [line number, text] (a one-line replacement). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
}

describe('editTask', () => {
  it.each([
    ['owner', 'Department of Justice', "    owner: Department of Justice   # illustrative"],
    ['title', "Compile the ministries' roadmaps", "    title: 'Compile the ministries'' roadmaps'   # quoted on purpose"],
    ['status', 'done', '    status: done'],
    ['deadline', 2025, '    deadline: 2025'],
    ['owner', 'a: b', '    owner: "a: b"   # illustrative'],
    ['depends_on', ['GO-01', 'MIC-02', 'a, b'], '    depends_on: [GO-01, MIC-02, "a, b"]'],
  ] as const)('set %s: only that line changes', (key, value, line) => {
    const { text, changes } = editTask(FILE, 'MOJ-01', [{ key, value: value as string }]);
    expect(changedLines(FILE, text)).toEqual([line]);
    expect(text.split('\n').length).toBe(FILE.split('\n').length);
    expect(changes).toEqual([expect.objectContaining({ key, line: FILE.split('\n').findIndex((l) => l.startsWith(`    ${key}:`) && FILE.indexOf(l) < FILE.indexOf('MOJ-02')) + 1, to: value })]);
  });

  it('adds a new key after the one before it in the canonical order', () => {
    const { text, changes } = editTask(FILE, 'MOJ-01', [{ key: 'result', value: 'One roadmap' }, { key: 'completed', value: '2024-03-20' }]);
    const lines = text.split('\n');
    expect(lines.slice(9, 13)).toEqual(['    status: in_progress', '    completed: 2024-03-20', '    result: One roadmap', '    depends_on: [MOF-03, MOH-01]']);
    expect(changes.map((c) => [c.key, c.line, c.from, c.to])).toEqual([
      ['result', 12, undefined, 'One roadmap'],
      ['completed', 11, undefined, '2024-03-20'],
    ]);
  });

  it('removes a key with its line, keeping the comment lines around it', () => {
    const { text, changes } = editTask(FILE, 'MOJ-01', [{ key: 'depends_on' }]);
    expect(text).toBe(FILE.replace('    depends_on: [MOF-03, MOH-01]\n', ''));
    expect(changes[0]).toMatchObject({ key: 'depends_on', from: ['MOF-03', 'MOH-01'], to: undefined });
  });

  it('keeps a literal block a literal block', () => {
    const { text } = editTask(FILE, 'MOJ-02', [{ key: 'notes', value: 'one\ntwo\n' }]);
    expect(text).toBe(FILE.replace('      first line\n      second line\n', '      one\n      two\n'));
  });

  it('appends an extension in the style of the one before', () => {
    const { text, changes } = editTask(FILE, 'MOJ-02', [
      { key: 'deadline', value: '2025-03' },
      { key: 'extensions', value: [{ from: '2024-12', reason: 'the law changed', approved: '2024-12-01' }], append: true },
    ]);
    expect(text).toBe(FILE.replace('deadline: 2024-12', 'deadline: 2025-03') + '      - from: 2024-12\n        reason: "the law changed"\n        approved: 2024-12-01\n');
    expect(changes.map((c) => c.line)).toEqual([17, 25]);
  });

  it('writes the first extension as a new key in its canonical place', () => {
    const { text } = editTask(FILE, 'MOJ-01', [{ key: 'extensions', value: [{ from: '2024-03', reason: 'late' }], append: true }]);
    expect(text).toContain('    depends_on: [MOF-03, MOH-01]\n    extensions:\n      - from: 2024-03\n        reason: late\n\n  # the second task');
  });

  it('keeps CRLF line ends and the BOM', () => {
    const crlf = '\uFEFF' + FILE.replace(/\n/g, '\r\n');
    const { text } = editTask(crlf, 'MOJ-01', [{ key: 'owner', value: 'X' }, { key: 'result', value: 'R' }]);
    expect(text).toBe('\uFEFF' + FILE.replace('Legal Department', 'X').replace('status: in_progress\n', 'status: in_progress\n    result: R\n').replace(/\n/g, '\r\n'));
  });

  it('refuses a task that is not in the file', () => {
    expect(() => editTask(FILE, 'MOJ-09', [{ key: 'owner', value: 'X' }])).toThrow(EditError);
  });
});

describe('appendTask', () => {
  const task = { id: 'MOJ-03', title: 'Register: the identifier', owner: 'Ministry Office', deadline: '2024-Q2', status: 'not_started', depends_on: ['MOJ-01'] };

  it('appends in the style of the task before, blank line included', () => {
    const { text, line } = appendTask(FILE, { ...task });
    expect(text).toBe(FILE + '\n  - id: MOJ-03\n    title: "Register: the identifier"\n    owner: Ministry Office\n    deadline: 2024-Q2\n    status: not_started\n    depends_on: [MOJ-01]\n');
    expect(line).toBe(26);
    expect(taskIds(text)).toEqual(['MOJ-01', 'MOJ-02', 'MOJ-03']);
  });

  it('follows a file that writes tasks without blank lines, in 2-space style', () => {
    const tight = 'ministry:\n  code: MOJ\n  name: M\ntasks:\n- id: MOJ-01\n  title: A\n- id: MOJ-02\n  title: "B"\n';
    expect(appendTask(tight, { id: 'MOJ-03', title: 'C' }).text).toBe(tight + '- id: MOJ-03\n  title: "C"\n');
  });

  it('after a single task, puts the blank line of the canonical layout', () => {
    const one = 'ministry:\n  code: MOJ\n  name: M\ntasks:\n  - id: MOJ-01\n    title: A\n';
    expect(appendTask(one, { id: 'MOJ-02', title: 'B' }).text).toBe(one + '\n  - id: MOJ-02\n    title: B\n');
  });

  it('turns "tasks: []" into a block list, keeping its comment', () => {
    const empty = 'ministry:\n    code: MOJ\n    name: M\ntasks: []   # none yet\n';
    const { text, line } = appendTask(empty, task);
    expect(text).toBe('ministry:\n    code: MOJ\n    name: M\ntasks:   # none yet\n    - id: MOJ-03\n      title: "Register: the identifier"\n      owner: Ministry Office\n      deadline: 2024-Q2\n      status: not_started\n      depends_on: [MOJ-01]\n');
    expect(line).toBe(5);
  });
});
