import { describe, expect, it } from 'vitest';
import { commentsInText } from '../../../src/load/comment-in-text.js';

const at = (text: string) => commentsInText('data/moj.yaml', text).map((p) => `${p.line}:${p.column} ${p.severity} [${p.rule}] ${p.message}`);

describe('comment-in-text', () => {
  it('a "#" straight after a space and before a word cuts a title short: warned at the "#", with the fix', () => {
    expect(at('tasks:\n  - id: MOJ-01\n    title: Implement Decree #59 on identification\n')).toEqual([
      '3:29 warning [comment-in-text] the title is read as "Implement Decree": "#59 on identification" starts a YAML comment; if it is part of the title, quote it: title: "Implement Decree #59 on identification" (a comment is written "# " with a space)',
    ]);
  });

  it.each([
    ['owner on a "- " line, CRLF', '  - owner: Team #2\r\n', '1:17', 'owner: "Team #2"'],
    ['a value with a double quote is single-quoted', '    result: The "portal" #1 release\n', '1:26', `result: 'The "portal" #1 release'`],
    ['notes', '    notes: see #12\n', '1:16', 'notes: "see #12"'],
    ['an extension reason', '        reason: waiting for Decree #13\n', '1:36', 'reason: "waiting for Decree #13"'],
  ])('%s', (_name, text, where, fix) => {
    const [only, ...rest] = at(text);
    expect(rest).toEqual([]);
    expect(only).toMatch(new RegExp(`^${where} warning \\[comment-in-text\\]`));
    expect(only).toContain(`quote it: ${fix} (`);
  });

  it.each([
    ['a comment written as one', '    owner: Office   # illustrative: the report names no unit\n'],
    ['a quoted title', '    title: "Implement Decree #59"\n'],
    ['a single-quoted title', "    title: 'Implement Decree #59'\n"],
    ['"#" inside a word is text, not a comment', '    title: Item C#5 done\n'],
    ['a key that is not text', '    deadline: 2024-Q1 #q1\n'],
    ['a flow list', '    depends_on: [MOJ-01] #x\n'],
    ['a block scalar', '    notes: |\n      Decree #59\n'],
    ['a whole-line comment', '    # title: Decree #59\n'],
  ])('no warning: %s', (_name, text) => {
    expect(at(text)).toEqual([]);
  });
});
