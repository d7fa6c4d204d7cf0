import { Alias } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALIAS_TEXT_FACTOR, MAX_DEPTH, parseYaml } from '../../../src/load/parse-yaml.js';

/** "LINE:COL rule: message" for each problem. */
const problemsOf = (text: string) => parseYaml('f.yaml', text).problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`);
const valueOf = (text: string) => parseYaml('f.yaml', text).value;

const nest = (depth: number, open: string, close = '') => open.repeat(depth) + close.repeat(depth);
const billionLaughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefghi'[i]}, `.repeat(9)}*${'abcdefghi'[i]}]`), 'z: *i'].join('\n');

describe('parseYaml reports each broken file with its position', () => {
  it.each([
    ['duplicate key', 'a: 1\na: 2\n', '2:1 duplicate-key: duplicate key'],
    ['1 beside "1"', '1: one\n"1": again\n', '2:1 duplicate-key: duplicate key'],
    ['duplicate nested key', 'm:\n  k: 1\n  k: 2\n', '3:3 duplicate-key: duplicate key'],
    ['tab indentation', 'a:\n\tb: 1\n', '2:1 yaml-syntax: tab used for indentation'],
    ['unclosed flow sequence', 'a: [1, 2\nb: 3\n', '2:1 yaml-syntax: flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['unterminated string', 'a: "x\nb: 1\n', '3:1 yaml-syntax: missing closing "quote'],
    ['stray bracket', '{a: 1}}\n', '1:7 yaml-syntax: unexpected flow-map-end token'],
    ['undefined alias', 'a: 1\nb: *nobody\n', '2:4 yaml-syntax: alias *nobody has no anchor &nobody before it'],
    ['self-referencing alias', 'a: &x [*x]\n', '1:8 yaml-syntax: nesting deeper than 64 levels through aliases'],
    ['alias bomb', billionLaughs, 'yaml-syntax: aliases expand to far more values than the file holds'],
    ['!!binary', 'a: !!binary aGk=\n', '1:4 yaml-syntax: YAML tag !!binary is not used in p06 data'],
    ['!!js/function', 'a: !!js/function "function () {}"\n', '1:4 yaml-syntax: YAML tag !!js/function is not used'],
    ['local tag', 'a: !x 1\nb: !y 2\n', '1:4 yaml-syntax: YAML tag !x is not used'],
    ['tag on a key', '!!str k: v\n', '1:1 yaml-syntax: YAML tag !!str is not used'],
    ['tag on the document', '--- !!map\na: 1\n', '1:5 yaml-syntax: YAML tag !!map is not used'],
    ['tag on a block scalar', 'a: !!str |\n  x\n', '1:4 yaml-syntax: YAML tag !!str is not used'],
    ['tag inside a flow sequence', 'a: [1, !!int 2]\n', '1:8 yaml-syntax: YAML tag !!int is not used'],
    ['two documents', 'a: 1\n---\nb: 2\n', '2:1 yaml-syntax: a task file holds one YAML document; found 2'],
    ['a list as a key', '[a]: 1\n', '1:1 yaml-syntax: a key must be plain text'],
    ['a mapping as a key', '? {a: 1}\n: 1\n', '1:3 yaml-syntax: a key must be plain text'],
    [`flow sequences ${MAX_DEPTH + 1} deep`, nest(MAX_DEPTH + 1, '[', ']'), `1:${MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels`],
    ['flow sequences 10,000 deep', nest(10_000, '[', ']'), `1:${MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels`],
    ['flow mappings 10,000 deep', nest(10_000, '{a: ', '}'), `1:${4 * MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels`],
    ['block sequences 10,000 deep', nest(10_000, '- ') + 'x\n', `1:${2 * MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels`],
    ['block mappings 100 deep', Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n', `${MAX_DEPTH + 1}:${MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels`],
  ])('%s', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
    expect(valueOf(text)).toBeUndefined();
  });

  it('%YAML 1.1 is reported, and the file is still read, as YAML 1.2 (so its other problems show too)', () => {
    const text = '%YAML 1.1\n---\na: yes\n';
    expect(problemsOf(text)).toEqual([expect.stringContaining('1:1 yaml-syntax: %YAML 1.1 directive: p06 always reads YAML 1.2')]);
    expect(valueOf(text)).toEqual({ a: 'yes' });
  });

  it('checks every document of a file for depth, not only the first', () => {
    const deep = nest(10_000, '[', ']');
    expect(problemsOf(`---\n${deep}\n---\n${deep}\n`)).toEqual([
      `2:${MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels; a task file needs five`,
      `4:${MAX_DEPTH + 1} yaml-syntax: nesting deeper than ${MAX_DEPTH} levels; a task file needs five`,
    ]);
  });

  it('survives many deeply nested files in one process', () => {
    for (let i = 0; i < 3; i++) expect(problemsOf(nest(10_000, '[', ']'))).toHaveLength(1);
  });
});

describe('parseYaml reads YAML 1.2 core into plain data', () => {
  it.each<[string, string, unknown]>([
    ['nesting of exactly the limit', nest(MAX_DEPTH - 1, '- ') + 'x\n', JSON.parse(nest(MAX_DEPTH - 1, '[') + '"x"' + nest(MAX_DEPTH - 1, ']'))],
    ['yes and on stay text (1.1 would say true)', 'a: yes\nb: on\n', { a: 'yes', b: 'on' }],
    ['%YAML 1.2 is accepted', '%YAML 1.2\n---\na: yes\n', { a: 'yes' }],
    ['dates stay text', 'd: 2024-01-31\n', { d: '2024-01-31' }],
    ['a year is a number', 'deadline: 2025\n', { deadline: 2025 }],
    ['decimal numbers are numbers', 'a: 14\nb: -3\nc: 1.5\nd: 0\n', { a: 14, b: -3, c: 1.5, d: 0 }],
    // A year is four digits as written: 0x7E8, +2.024e3 and 1e3 are numbers in YAML 1.2 but never a year, a day count or a size.
    ['numbers not written in decimal stay text', 'a: 0o17\nb: 0x7E8\nc: 010\nd: 1e3\ne: "007"\nf: +2.024e3\ng: .inf\nh: +14\n', { a: '0o17', b: '0x7E8', c: '010', d: '1e3', e: '007', f: '+2.024e3', g: '.inf', h: '+14' }],
    ['null', 'a: ~\nb:\nc: null\n', { a: null, b: null, c: null }],
    ['aliases are expanded', 'a: &x [1, 2]\nb: *x\n', { a: [1, 2], b: [1, 2] }],
    ['no merge keys: << is an ordinary key', 'b: &b {x: 1}\nm:\n  <<: *b\n', { b: { x: 1 }, m: { '<<': { x: 1 } } }],
    ['an explicit end marker', 'a: 1\n...\n', { a: 1 }],
    ['an empty file is null', '', null],
    ['a comment-only file is null', '# nothing here\n', null],
  ])('%s', (_name, text, value) => {
    expect(problemsOf(text)).toEqual([]);
    expect(valueOf(text)).toEqual(value);
  });

  it('builds objects without a prototype, so __proto__ is an ordinary key', () => {
    const value = valueOf('__proto__: {polluted: true}\nm: {__proto__: {isAdmin: true}}\n') as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'm']);
    expect(Object.keys(value.m!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('locate finds where a value or key was written', () => {
  const text = ['ministry:', '  code: MOJ', 'tasks:', '  - id: MOJ-01', '    titel: Typo', '    depends_on: [MOJ-02, MOJ-03]', '  - {id: MOJ-02}', ''].join('\n');
  const { locate } = parseYaml('f.yaml', text);
  const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;

  it.each<[string, 'value' | 'key', (string | number)[], string]>([
    ['the file', 'value', [], '1:1'],
    ['a scalar value', 'value', ['ministry', 'code'], '2:9'],
    ['a task', 'value', ['tasks', 0], '4:5'],
    ['a list item', 'value', ['tasks', 0, 'depends_on', 1], '6:26'],
    ['a flow mapping task', 'value', ['tasks', 1], '7:5'],
    ['a value in a flow mapping', 'value', ['tasks', 1, 'id'], '7:10'],
    ['a missing key: its mapping', 'value', ['tasks', 0, 'owner'], '4:5'],
    ['a missing task: the list', 'value', ['tasks', 5, 'id'], '4:3'],
    ['a key', 'key', ['tasks', 0, 'titel'], '5:5'],
    ['a key in a flow mapping', 'key', ['tasks', 1, 'id'], '7:6'],
  ])('%s (%s of %j) is at %s', (_name, kind, path, expected) => {
    expect(at(locate[kind](path))).toBe(expected);
  });
});

describe('aliases', () => {
  afterEach(() => vi.restoreAllMocks());

  const shared = (tasks: number, title: string) =>
    ['tasks:', `  - {id: T-1, title: &t ${title}, owner: &o Office}`, ...Array.from({ length: tasks - 1 }, (_, i) => `  - {id: T-${i + 2}, title: *t, owner: *o}`), ''].join('\n');

  it('are resolved through one map built once, never by walking the document per alias (which was quadratic)', () => {
    // yaml's Alias.resolve(doc) walks the whole document on each call: 2,000 tasks sharing a title took 69 s.
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const { value, problems } = parseYaml('f.yaml', shared(2000, 'Compile the roadmaps'));
    expect(problems).toEqual([]);
    const tasks = (value as { tasks: { id: string; title: string; owner: string }[] }).tasks;
    expect(tasks).toHaveLength(2000);
    expect(tasks[1999]).toEqual({ id: 'T-2000', title: 'Compile the roadmaps', owner: 'Office' });
    expect(resolve).not.toHaveBeenCalled();
  });

  it('name the last anchor of that name before them, as YAML says', () => {
    expect(valueOf('- &a 1\n- *a\n- &a 2\n- *a\n- {k: &b x, l: *b}\n')).toEqual([1, 1, 2, 2, { k: 'x', l: 'x' }]);
    expect(problemsOf('- *a\n- &a 1\n')).toEqual(['1:3 yaml-syntax: alias *a has no anchor &a before it']);
  });

  it('may not expand to more text than the file holds several times over (one long title aliased by every task)', () => {
    // 50 aliases of a 20,000-character title add 1,000,000 characters to a 21 KB file.
    const text = shared(51, 'x'.repeat(20_000));
    expect(problemsOf(text)).toEqual([`10:22 yaml-syntax: aliases expand to more than ${ALIAS_TEXT_FACTOR} times the file's own text (an alias amplification?); write the values out`]);
    expect(valueOf(text)).toBeUndefined();
    // Keys count too: a mapping with a long key aliased many times.
    const keys = ['a: &m {' + 'k'.repeat(20_000) + ': 1}', ...Array.from({ length: 50 }, (_, i) => `b${i}: *m`), ''].join('\n');
    expect(problemsOf(keys)).toEqual([expect.stringContaining('yaml-syntax: aliases expand to more than')]);
  });

  it('expanding to a few times the file is fine (tasks sharing a long title, owner and result)', () => {
    const text = shared(2000, 'y'.repeat(120));
    expect(problemsOf(text)).toEqual([]);
    expect((valueOf(text) as { tasks: unknown[] }).tasks).toHaveLength(2000);
  });

  it('positions of problems under an alias are found without walking the document per alias', () => {
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const { locate } = parseYaml('f.yaml', 'a: &x {k: 1}\nb: *x\n');
    expect(locate.value(['b', 'k'])).toMatchObject({ line: 1, column: 11, endLine: 1, endColumn: 12, excerpt: 'a: &x {k: 1}' });
    expect(resolve).not.toHaveBeenCalled();
  });
});
