import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/load/parse-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/validate/settings.js';

/** "LINE:COL rule: message" for each problem parseSource gives the text. */
function problemsOf(...lines: string[]): string[] {
  const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
  return parseSource({ file: 'data/moj.yaml', size: bytes.length, bytes }, DEFAULT_MAX_FILE_BYTES).problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`);
}

const HEAD = ['ministry:', '  code: MOJ', '  name: Ministry of Justice', 'tasks:'];
const TASK = (id: string) => [`  - id: ${id}`, '    owner: Office', '    deadline: 2024-01-15', '    status: not_started', '    result: R'];
const UNCHECKED = ' (nothing else in this file is checked until this is fixed)';

describe('common YAML mistakes are explained at the line of the mistake, with the fix', () => {
  it.each([
    [
      'an unquoted ": " in a title',
      [...TASK('MOJ-01'), '    title: Follow-up: send the opinions'],
      ['10:12 yaml-syntax: the title contains ": ", which YAML reads as the start of another key; quote the title: title: "Follow-up: send the opinions"' + UNCHECKED],
    ],
    [
      'a title starting with "["',
      [...TASK('MOJ-01'), '    title: [Draft] the decree on "data"'],
      [`10:12 yaml-syntax: a value that starts with "[" is read as a list; quote the title: title: '[Draft] the decree on "data"'` + UNCHECKED],
    ],
    [
      'a title starting with "{"',
      [...TASK('MOJ-01'), '    title: {Draft} the decree'],
      ['10:12 yaml-syntax: a value that starts with "{" is read as a mapping; quote the title: title: "{Draft} the decree"' + UNCHECKED],
    ],
    [
      'a "[" that is never closed, noticed by the parser on the next line',
      ['  - id: MOJ-01', '    title: [unclosed', '    owner: Office'],
      ['6:12 yaml-syntax: a value that starts with "[" is read as a list; quote the title: title: "[unclosed"' + UNCHECKED],
    ],
    [
      'an unclosed quote, found by the parser at the end of the file',
      [...TASK('MOJ-01'), '    title: "Send the opinions', ...TASK('MOJ-02'), '    title: Second'],
      ['10:12 yaml-syntax: the quote that opens the title is never closed; end it on this line: title: "Send the opinions"' + UNCHECKED],
    ],
    [
      "an unclosed single quote after a closed one ('' is a quote inside)",
      ["  - {id: MOJ-01, title: 'It''s closed', owner: O, deadline: 2024, status: done}", '  - id: MOJ-02', "    owner: 'Office of the Minister", '    deadline: 2024'],
      ["7:12 yaml-syntax: the quote that opens the owner is never closed; end it on this line: owner: 'Office of the Minister'" + UNCHECKED],
    ],
    [
      'a forgotten "- ": one problem where it is missing, not one per repeated key',
      [...TASK('MOJ-01'), '    title: First', '    id: MOJ-02', '    title: Second', '    owner: Office', '    deadline: 2024-02-15', '    status: not_started'],
      ['11:5 duplicate-key: a new task starts here without "- ", so 5 of its keys repeat the task above; start it with "- ": - id: MOJ-02' + UNCHECKED],
    ],
    [
      'one key written twice is still a duplicate key',
      [...TASK('MOJ-01'), '    title: First', '    owner: Someone else'],
      ['11:5 duplicate-key: duplicate key: each key may appear once in a mapping (1 and "1" count as the same key)' + UNCHECKED],
    ],
    [
      'a syntax error the hints do not know keeps the parser\'s words',
      [...TASK('MOJ-01'), '    title: x', '   owner: misaligned'],
    ],
  ] as [string, string[], string[]?][])('%s', (_name, lines, expected) => {
    const problems = problemsOf(...HEAD, ...lines);
    if (expected !== undefined) expect(problems).toEqual(expected);
    else expect(problems.join('\n')).not.toMatch(/quote the|starts here without/);
  });

  it('CRLF line ends change no position', () => {
    const lines = [...HEAD, ...TASK('MOJ-01'), '    title: Follow-up: send', '    notes: "open'];
    const crlf = Buffer.from(lines.join('\r\n') + '\r\n');
    const got = parseSource({ file: 'data/moj.yaml', size: crlf.length, bytes: crlf }, DEFAULT_MAX_FILE_BYTES).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(got).toEqual(problemsOf(...lines).map((p) => p.replace(/ yaml-syntax:/, '')));
  });
});

describe('values that start with a reserved character', () => {
  it('"@" is explained; an alias, anchor or tag keeps its own message', () => {
    expect(problemsOf(...HEAD, ...TASK('MOJ-01'), '    title: @home office')).toEqual([
      '10:12 yaml-syntax: a plain value cannot start with "@" (YAML keeps it for later use); quote the title: title: "@home office"' + UNCHECKED,
    ]);
    expect(problemsOf(...HEAD, ...TASK('MOJ-01'), '    title: *nobody').join('\n')).toContain('alias *nobody has no anchor &nobody before it');
  });
});
