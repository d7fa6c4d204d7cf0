import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/load/parse-yaml.js';
import { excerptLines, githubLine } from '../../../src/render/render-problems.js';
import { problem } from '../../../src/domain/problem.js';

const TEXT = 'ministry:\n  code: MOJ\ntasks:\n  - id: MOJ-01\n    deadline: 2024-02-30\n    title: "Bộ Tư pháp: lập lộ trình"\n';
const { locate } = parseYaml('data/moj.yaml', TEXT);

describe('a problem keeps where its text starts and ends, and its source line', () => {
  it.each([
    [['tasks', 0, 'deadline'], { line: 5, column: 15, endLine: 5, endColumn: 25, excerpt: '    deadline: 2024-02-30' }],
    [['tasks', 0, 'title'], { line: 6, column: 12, endLine: 6, endColumn: 38, excerpt: '    title: "Bộ Tư pháp: lập lộ trình"' }],
    // A block mapping ends on its last line, not at the start of the next.
    [['tasks', 0], { line: 4, column: 5, endLine: 6, endColumn: 38 }],
  ] as const)('%j', (path, expected) => {
    expect(locate.value(path)).toMatchObject(expected);
  });

  it('a key is located by its own span', () => {
    expect(locate.key(['ministry', 'code'])).toMatchObject({ line: 2, column: 3, endLine: 2, endColumn: 7, excerpt: '  code: MOJ' });
  });
});

describe('excerptLines', () => {
  const at = (path: readonly (string | number)[]) => problem('data/moj.yaml', locate.value(path), 'invalid-date', 'x');

  it('puts a caret under exactly the offending text', () => {
    expect(excerptLines(at(['tasks', 0, 'deadline']))).toBe('    5 |     deadline: 2024-02-30\n      |               ^^^^^^^^^^\n');
  });

  it('counts Vietnamese letters as one column each', () => {
    expect(excerptLines(at(['tasks', 0, 'title']))).toBe('    6 |     title: "Bộ Tư pháp: lập lộ trình"\n      |            ^^^^^^^^^^^^^^^^^^^^^^^^^^\n');
  });

  it('a span of lines is marked to the end of its first line', () => {
    expect(excerptLines(at(['tasks', 0]))).toBe('    4 |   - id: MOJ-01\n      |     ^^^^^^^^^^\n');
  });

  it('never prints a control character raw, and keeps the caret under the text', () => {
    const p = problem('f.yaml', { line: 1, column: 12, endLine: 1, endColumn: 14, excerpt: 'title: \x1b[2Jab' }, 'schema', 'x');
    expect(excerptLines(p)).toBe('    1 | title: \\x1B[2Jab\n      |               ^^\n');
  });

  it('a problem without a source line has no excerpt', () => {
    expect(excerptLines(problem('f.yaml', { line: 1, column: 1 }, 'file-too-large', 'x'))).toBe('');
  });
});

describe('GitHub annotations carry the end', () => {
  it.each([
    [{ line: 5, column: 15, endLine: 5, endColumn: 25 }, 'line=5,col=15,endColumn=24,title'],
    [{ line: 4, column: 5, endLine: 6, endColumn: 38 }, 'line=4,col=5,endLine=6,title'],
    [{ line: 1, column: 1 }, 'line=1,col=1,title'],
  ])('%j', (at, props) => {
    expect(githubLine(problem('f.yaml', at, 'schema', 'm'))).toContain(props);
  });
});
