import { describe, expect, it } from 'vitest';
import { lineOutline } from '../../../src/load/line-outline.js';

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('lineOutline', () => {
  it('reads the code and every id past an unclosed quote', () => {
    const text = lines(
      '# yaml-language-server: $schema=../schemas/ministry.schema.json',
      'ministry:',
      '  name: Ministry of Justice',
      '  code: MOJ   # the code',
      'tasks:',
      '  - id: MOJ-01',
      '    title: "Unclosed',
      '    notes: |',
      '      id: NOT-01 is text in a block scalar',
      '  - title: no id yet',
      '    id: "MOJ-02"',
      '  - {id: MOJ-03, title: flow}',
    );
    expect(lineOutline(text)).toEqual({
      code: { text: 'MOJ', at: { line: 4, column: 9 } },
      sawTasks: true,
      count: 3,
      ids: [
        { id: 'MOJ-01', index: 0, at: { line: 6, column: 9 } },
        { id: 'MOJ-02', index: 1, at: { line: 11, column: 9 } },
        { id: 'MOJ-03', index: 2, at: { line: 12, column: 10 } },
      ],
    });
  });

  it('a second id in one entry is a task whose "- " was forgotten', () => {
    const text = lines('ministry: {code: MOF, name: F}', 'tasks:', '- id: MOF-01', '  title: A', '  id: MOF-02', '  title: B', '- id: MOF-03');
    expect(lineOutline(text)).toEqual({
      code: { text: 'MOF', at: { line: 1, column: 18 } },
      sawTasks: true,
      count: 3,
      ids: [
        { id: 'MOF-01', index: 0, at: { line: 3, column: 7 } },
        { id: 'MOF-02', index: 1, at: { line: 5, column: 7 } },
        { id: 'MOF-03', index: 2, at: { line: 7, column: 7 } },
      ],
    });
  });

  it('CRLF line ends change nothing', () => {
    const lf = lines('ministry:', '  code: GO', 'tasks:', '  - id: GO-01', '    title: x: y');
    expect(lineOutline(lf.replace(/\n/g, '\r\n'))).toEqual(lineOutline(lf));
  });

  it.each([
    ['no ministry code', lines('ministry:', '  name: X', 'tasks: []'), { sawTasks: true, count: 0, ids: [] }],
    ['a code that is not one', lines('ministry:', '  code: moj', 'tasks:'), { sawTasks: true, count: 0, ids: [] }],
    ['ids only under tasks', lines('other:', '  - id: X-01', 'tasks:', '  - id: Y-01'), { sawTasks: true, count: 1, ids: [{ id: 'Y-01', index: 0, at: { line: 4, column: 9 } }] }],
    ['nested lists are not tasks', lines('tasks:', '  - id: A-01', '    extensions:', '      - from: 2024', '        id: A-99'), { sawTasks: true, count: 1, ids: [{ id: 'A-01', index: 0, at: { line: 2, column: 9 } }] }],
    ['a code under another key is not the ministry', lines('other:', '  code: MOJ'), { sawTasks: false, count: 0, ids: [] }],
  ])('%s', (_name, text, expected) => {
    expect(lineOutline(text)).toEqual(expected);
  });
});
