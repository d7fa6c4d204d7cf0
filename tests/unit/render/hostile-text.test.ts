import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/render/format-csv.js';
import { problemLine } from '../../../src/render/render-problems.js';
import { markdownCell } from '../../../src/render/render-review.js';

describe('the pull-request comment: GitHub acts on no text from the data', () => {
  it.each([
    ['an @mention notifies nobody', 'Ask @nguyenvana and @gov-team', 'Ask @&#8203;nguyenvana and @&#8203;gov-team'],
    ['a bare URL is not a link', 'See https://evil.example/x and www.evil.example', 'See https:&#8203;//evil.example/x and www&#8203;.evil.example'],
    ['$…$ is not math', 'Costs $x^2$ dong', 'Costs \\$x^2\\$ dong'],
    ['an e-mail address keeps its @ where no name follows', 'a @ b', 'a @ b'],
  ])('%s', (_name, text, expected) => {
    expect(markdownCell(text)).toBe(expected);
  });
});

describe('a text problem line never starts a workflow command', () => {
  it('a file whose name starts with :: is shown as ./::…', () => {
    const line = problemLine({ file: '::error file=x::pwned.yaml', line: 1, column: 1, severity: 'error', rule: 'yaml-syntax', message: 'm' });
    expect(line.startsWith('::')).toBe(false);
    expect(line).toBe('./::error file=x::pwned.yaml:1:1: error: m [yaml-syntax]');
  });
});

describe('CSV', () => {
  it.each([
    ['a line break before =', '\n=HYPERLINK("http://x")', `"' =HYPERLINK(""http://x"")"`],
    ['spaces before +', '  +1+2', "'  +1+2"],
    ['a tab', '\t=1', "' =1"],
    ['a plain negative number stays a number', '-12', '-12'],
  ])('%s is neutralised as a spreadsheet would see it', (_name, text, expected) => {
    expect(csvCell(text)).toBe(expected);
  });
});
