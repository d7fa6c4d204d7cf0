import fc from 'fast-check';
import { SHARP_CHARS, text, yamlString } from './generate.js';

// Hostile data folders, built from YAML's sharp edges: files that are almost
// task files (a loose grammar of keys and values, many of them wrong), then
// cut about with fragments (anchors, aliases, tags, directives, document
// markers, tabs, control characters, escape sequences, bidi overrides,
// __proto__, duplicate keys), line ends and BOMs, and invalid UTF-8 bytes;
// and files that are hostile as a whole (deep nesting, alias bombs, several
// documents, empty or scalar files, files over the size limit).
//
// Two sentinel files sit beside them: one valid, one with one known error.
// Whatever the hostile files do, the sentinels' results must not change.

export const MAX_FILE_BYTES = 20_000;

export const SENTINEL_OK = 'data/0/zok.yaml';
export const SENTINEL_OK_IDS = ['ZOK-1', 'ZOK-2'];
export const SENTINEL_BAD = 'data/0/zbad.yaml';
/** The one problem of SENTINEL_BAD: file, line, column, rule. */
export const SENTINEL_BAD_PROBLEM = { file: SENTINEL_BAD, line: 8, column: 15, rule: 'invalid-date' };

const SENTINELS: Record<string, string> = {
  [SENTINEL_OK]: [
    'ministry:',
    '  code: ZOK',
    '  name: Sentinel',
    'tasks:',
    '  - id: ZOK-1',
    '    title: Stays valid',
    '    owner: Nobody',
    '    deadline: 2024-Q1',
    '    status: in_progress',
    '    result: r',
    '  - id: ZOK-2',
    '    title: Also valid',
    '    owner: Nobody',
    '    deadline: 2024',
    '    status: done',
    '    completed: 2024-01-02',
    '    result: r',
    '',
  ].join('\n'),
  [SENTINEL_BAD]: [
    'ministry:',
    '  code: ZBAD',
    '  name: Sentinel with one error',
    'tasks:',
    '  - id: ZBAD-1',
    '    title: t',
    '    owner: o',
    '    deadline: 2024-02-30',
    '    status: not_started',
    '    result: r',
    '',
  ].join('\n'),
};

export const CONFIG = ['timezone: Asia/Ho_Chi_Minh', `max_file_bytes: ${MAX_FILE_BYTES}`, 'agencies:', '  AGENCYX: Agency X', ''].join('\n');

const CODES = ['HA', 'HB', 'HC'];
const IDS = ['HA-1', 'HA-2', 'HA-3', 'HB-1', 'HB-2', 'HC-1', 'ZOK-1', 'ZOK-2', 'ZBAD-1', 'NOPE-1'];

const KEYS = [
  'id', 'title', 'owner', 'deadline', 'status', 'completed', 'result', 'depends_on', 'coordinating', 'extensions', 'source', 'notes',
  'titel', 'Status', 'dependsOn', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '<<', '1', '"1"', '1.0', 'null', '~', '""', '"id"', "'title'",
];

const VALUES = [
  ...IDS, '2024-02-30', '2023-02-29', '2024-02-29', '2024-13', '2024-00', '2024-Q5', '2024-Q0', '2024-H3', '2024', '2024-H1', '2024-Q4', '2024-03-31',
  '0x7E8', '0o3750', '2024.0', '+2024', '2.024e3', '99999', '-1', '1e400', '.inf', '-.nan', '~', 'null', 'true', 'false', '""', "''", '[]', '{}',
  '[HA-1, HA-1]', '[HA-1, HB-1]', '[HA-2]', '[HA-1]', '[ZOK-1]', '[HA-1, HA-2, HA-3]', '[AGENCYX, HB, ZOK]', '[NOPE]', '[x, [y, [z]]]', '{a: 1}',
  '*a', '&a x', '&a [HA-1]', '!!binary aGk=', '!!js/function "function(){}"', '!custom x', '!!str 2024', '!!int "2024"', '!<tag:yaml.org,2002:str> x',
  '|', '|-', '>-', '|+', '|2', '"unterminated', "'unterminated", '"\\x"', '"\\u12"', '"\\U0001F600"', '"\\e[31m"',
  'overdue', 'at_risk', 'blocked', 'done', 'in_progress', 'not_started', 'recurring', 'cancelled', 'Done', 'in progress',
  '2024-01-01', '2099-01-01', '2025-06-30', '=1+1', '"=HYPERLINK(1)"', "'@x'", '-x', '+x', 'a: b', 'a #b', '- x', '? x', '%x', '@x', '`x`',
];

const FRAGMENTS = [
  ...SHARP_CHARS,
  '\t- x', '  \t', '&a ', '*a', '*nope', '<<: *a', '!!binary ', '!!js/function ', '!custom ', '!<tag:yaml.org,2002:str> ', '!!str ', '!!set ', '!!omap ', '!', '!!',
  '? ', ': ', '- ', '---', '...', '--- !!map', '--- |', '%YAML 1.1', '%YAML 1.2', '%YAML 2.0', '%TAG ! tag:example.com,2000:', '%TAG !e! tag:e.com,2000:app/', '%FOO bar',
  '|-', '|+', '>', '|9', '\u001b[31m', '\u001b]0;x\u0007', '\u001b[2J', '\u009b2J',
  '__proto__: {}', '__proto__:', '"__proto__": x', 'constructor: x', 'tasks: []', 'tasks:', 'ministry: {code: HA, name: x}', 'ministry:',
  'id: HA-1', 'status: overdue', 'deadline: 2024-02-30', 'completed: 2099-01-01', 'depends_on: [HA-1]', 'depends_on: [HA-2, HA-1]',
  'extensions: [{from: 2099, reason: r}]', 'extensions: [{from: 2023, reason: r}, {from: 2022, reason: r}]', 'coordinating: [XX]',
  '- id: HA-9\n  title: t\n  owner: o\n  deadline: 2024\n  status: not_started', '&a [*a]', '{', '[', '"', "'", '=1+1', '@SUM(1)',
];

const INVALID_UTF8: number[][] = [[0xff], [0xfe], [0x80], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3]];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const value = fc.oneof({ weight: 3, arbitrary: pick(VALUES) }, { weight: 1, arbitrary: text.map(yamlString) });

/** Right keys with plausible values, so validation gets past the schema to the rules between tasks and files. */
const PLAUSIBLE: [string, string][] = [
  ['depends_on', '[HA-1]'], ['depends_on', '[HA-2, HB-1]'], ['depends_on', '[HA-1, ZOK-1]'], ['depends_on', '[HB-2, HC-1]'], ['depends_on', '[ZBAD-1]'], ['depends_on', '[NOPE-1]'],
  ['completed', '2024-01-01'], ['completed', '2099-01-01'], ['completed', '2024-06-30'],
  ['coordinating', '[HB, AGENCYX]'], ['coordinating', '[NOPE]'], ['coordinating', '[ZOK]'],
  ['extensions', '[{from: 2023, reason: r}]'], ['extensions', '[{from: 2025-Q1, reason: r}, {from: 2024-Q1, reason: r}]'],
  ['extensions', '[{from: 2023-02-29, reason: r, approved: 2023-01-01}]'], ['extensions', '[{from: 2023-H1, reason: r, approved: 2024-07-01}]'],
  ['source', 'Conclusion 1'], ['notes', '"free\\ntext"'],
];

const extraLine = fc.oneof(
  { weight: 3, arbitrary: pick(PLAUSIBLE) },
  { weight: 1, arbitrary: fc.tuple(pick(['result', 'notes', 'source', 'title', 'owner'] as const), text.map(yamlString)) },
  { weight: 1, arbitrary: fc.tuple(pick(KEYS), value) },
);

/** A task entry written the loose way: mostly the right keys, some wrong, values from the pool. */
const looseTask = fc
  .record({
    id: pick(IDS),
    status: pick(['not_started', 'in_progress', 'done', 'recurring', 'cancelled', 'overdue']),
    deadline: pick(['2024-Q1', '2024', '2024-02-30', '2025-06', '2023-H2', '2024-03-31', '2099-12-31']),
    complete: fc.boolean(),
    extra: fc.uniqueArray(extraLine, { maxLength: 4, selector: ([k]) => k }),
  })
  .map((t) => {
    const lines = [`  - id: ${t.id}`, '    title: t', '    owner: o', `    deadline: ${t.deadline}`, `    status: ${t.status}`];
    if (t.complete) lines.push('    result: r');
    for (const [k, v] of t.extra) lines.push(`    ${k}: ${v}`);
    return lines.join('\n');
  });

const looseFile = fc
  .record({ code: pick(CODES), name: value, tasks: fc.array(looseTask, { maxLength: 4 }), anchor: fc.boolean() })
  .map((f) => `# yaml-language-server: $schema=../schemas/ministry.schema.json\nministry:\n  code: ${f.code}\n  name: ${f.anchor ? '&a ' : ''}${f.name}\n${f.tasks.length === 0 ? 'tasks: []' : `tasks:\n${f.tasks.join('\n')}`}\n`);

type TextMutation =
  | { kind: 'insert-line'; at: number; fragment: string }
  | { kind: 'insert'; at: number; fragment: string }
  | { kind: 'replace-line'; at: number; fragment: string }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'tab-indent'; at: number }
  | { kind: 'truncate'; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const fragment = fc.oneof({ weight: 4, arbitrary: pick(FRAGMENTS) }, { weight: 1, arbitrary: text });

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert-line' as const), at: fraction, fragment }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, fragment }),
  fc.record({ kind: fc.constant('replace-line' as const), at: fraction, fragment }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('tab-indent' as const), at: fraction }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
);

export function mutate(source: string, m: TextMutation): string {
  const lines = source.split('\n');
  const line = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
  switch (m.kind) {
    case 'insert-line':
      lines.splice(line, 0, m.fragment);
      return lines.join('\n');
    case 'insert': {
      const at = Math.floor(m.at * source.length);
      return source.slice(0, at) + m.fragment + source.slice(at);
    }
    case 'replace-line':
      lines[line] = (/^\s*/.exec(lines[line]!)?.[0] ?? '') + m.fragment;
      return lines.join('\n');
    case 'delete-line':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    case 'tab-indent':
      lines[line] = lines[line]!.replace(/^ +/, '\t');
      return lines.join('\n');
    case 'truncate':
      return source.slice(0, Math.floor(m.at * source.length));
  }
}

/** The loose file, cut about, with its line ends and BOM chosen, and perhaps bytes that are not UTF-8. */
const mutatedFile = fc
  .record({
    base: looseFile,
    mutations: fc.oneof(fc.constant([] as TextMutation[]), fc.array(textMutation, { minLength: 1, maxLength: 4 })),
    bom: fc.boolean(),
    lineEnd: fc.oneof({ weight: 5, arbitrary: fc.constant('\n') }, { weight: 2, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constant('\r') }),
    bad: fc.oneof({ weight: 4, arbitrary: fc.constant([] as [number, number[]][]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fraction, pick(INVALID_UTF8)), { minLength: 1, maxLength: 2 }) }),
  })
  .map((f) => {
    const mutated = f.mutations.reduce(mutate, f.base);
    let bytes = Buffer.from((f.bom ? '\ufeff' : '') + mutated.replace(/\r?\n/g, f.lineEnd), 'utf8');
    for (const [at, seq] of f.bad) {
      const i = Math.floor(at * bytes.length);
      bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(seq), bytes.subarray(i)]);
    }
    return bytes;
  });

const HEAD = 'ministry:\n  code: HA\n  name: Deep\ntasks:\n  - id: HA-1\n    title: t\n    owner: o\n    deadline: 2024\n    status: not_started\n    notes: ';

/** Nesting around the depth guard (64) and far beyond it, in every style YAML has. */
const deepFile = fc
  .record({
    depth: fc.oneof(pick([1, 5, 60, 62, 63, 64, 65, 66, 100, 1000, 5000]), fc.integer({ min: 1, max: 3000 })),
    style: pick(['flow-seq', 'flow-map', 'block-map', 'block-seq', 'unclosed', 'mixed'] as const),
    top: fc.boolean(),
  })
  .map(({ depth, style, top }) => {
    let body: string;
    switch (style) {
      case 'flow-seq':
        body = '['.repeat(depth) + 'x' + ']'.repeat(depth);
        break;
      case 'flow-map':
        body = '{a: '.repeat(depth) + 'x' + '}'.repeat(depth);
        break;
      case 'unclosed':
        body = '[{'.repeat(depth);
        break;
      case 'mixed':
        body = '[{a: '.repeat(depth) + 'x' + '}]'.repeat(depth);
        break;
      case 'block-map':
        body = '\n' + Array.from({ length: depth }, (_, i) => `${' '.repeat(6 + i)}a:`).join('\n') + ' x';
        break;
      case 'block-seq':
        body = '\n      ' + '- '.repeat(depth) + 'x';
        break;
    }
    return Buffer.from(top && !body.startsWith('\n') ? body + '\n' : HEAD + body + '\n');
  });

const aliasBomb = fc.integer({ min: 2, max: 9 }).map((levels) => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return Buffer.from(`ministry:\n  code: HB\n  name: *a${levels - 1}\ntasks: []\n${lines.join('\n')}\n`);
});

const WHOLE = [
  '', ' ', '\n\n', '# only a comment\n', '---\n', '...\n', '--- \n...\n', '~\n', 'null\n', '[]\n', '{}\n', '- a\n- b\n', 'just a string\n', '123\n', '"quoted"\n',
  '!!binary aGk=\n', '&a *a\n', '*a\n', 'a: &a [*a]\n', '%YAML 1.1\n---\nministry: {code: HC, name: x}\ntasks: []\n', '%TAG !x! tag:x,2000:\n--- !x!y\na: 1\n',
  'ministry: {code: HC, name: x}\ntasks: []\n---\nministry: {code: HC, name: y}\ntasks: []\n', '{ministry: {code: HC, name: x}, tasks: [{id: HC-1, title: t, owner: o, deadline: 2024, status: done, completed: 2024-01-01, result: r}]}\n',
  'ministry:\n  code: HC\n  name: x\n  code: HD\ntasks: []\n', 'ministry:\n  code: HC\n  name: x\ntasks: []\n1: a\n"1": b\n', '? [a, b]\n: c\n', '? {a: 1}\n: c\n',
  'ministry:\n  code: HC\n  name: x\n__proto__:\n  polluted: true\ntasks: []\n', '\ufeff\ufeffministry: x\n', '\u0000\n', 'ministry:\n\tcode: HC\n',
];

const wholeFile = pick(WHOLE).map((s) => Buffer.from(s, 'utf8'));

/** Over the limit, by a byte or by far (only measured, never parsed). */
const bigFile = fc.integer({ min: 1, max: 50_000 }).map((extra) => {
  const head = 'ministry:\n  code: HC\n  name: Big\ntasks: []\n';
  return Buffer.from(head + '#'.repeat(MAX_FILE_BYTES - head.length + extra - 1) + '\n');
});

const hostileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 8, arbitrary: mutatedFile },
  { weight: 2, arbitrary: deepFile },
  { weight: 1, arbitrary: aliasBomb },
  { weight: 2, arbitrary: wholeFile },
  { weight: 1, arbitrary: bigFile },
);

const NAMES = ['ha', 'hb', 'hc', 'hd', 'x', 'sub/ha', 'sub/deeper/hb', 'ü n', 'Ữ', 'comma,name', 'per%cent', 'esc\u001b[31m', 'bidi\u202eevil', 'tab\tname', 'new\nline', 'x.yaml'];

const fileName = fc.tuple(pick(NAMES), pick(['yaml', 'yml', 'YAML'])).map(([n, ext]) => `data/${n}.${ext}`);

/** A task file outside the data folder that symbolic links point at: its task must never be reported. */
export const OUTSIDE = 'outside/link.yaml';
export const OUTSIDE_ID = 'LINKED-1';
const OUTSIDE_FILE = 'ministry:\n  code: LINKED\n  name: Outside\ntasks:\n  - id: LINKED-1\n    title: t\n    owner: o\n    deadline: 2024\n    status: not_started\n    result: r\n';

/** Symbolic links in the data folder (link path → target, relative to the link): never followed. */
const LINKS: [string, string][] = [
  ['data/link.yaml', '../outside/link.yaml'],
  ['data/sub/deep.yml', '../../outside/link.yaml'],
  ['data/loop', '.'],
  ['data/outside-dir', '../outside'],
  ['data/dangling.yaml', 'nowhere.yaml'],
];

export interface HostileCase {
  files: Record<string, Buffer | string>;
  /** Symbolic links to make after the files. */
  links: [string, string][];
  /** The hostile files' paths (under the folder), in the order written. */
  hostile: string[];
  /** The configuration was cut about too: only the weakest invariants hold. */
  configMutated: boolean;
}

export const hostileCase: fc.Arbitrary<HostileCase> = fc
  .record({
    files: fc.uniqueArray(fc.tuple(fileName, hostileBytes), { minLength: 1, maxLength: 4, selector: ([n]) => n.toLowerCase() }),
    configMutations: fc.oneof({ weight: 6, arbitrary: fc.constant([] as TextMutation[]) }, { weight: 1, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 3 }) }),
    links: fc.oneof({ weight: 3, arbitrary: fc.constant([] as [string, string][]) }, { weight: 1, arbitrary: fc.subarray(LINKS, { minLength: 1 }) }),
  })
  .map(({ files, configMutations, links }) => {
    const out: Record<string, Buffer | string> = { ...SENTINELS, 'p06.yaml': configMutations.reduce(mutate, CONFIG), [OUTSIDE]: OUTSIDE_FILE };
    for (const [name, bytes] of files) out[name] = bytes;
    const taken = new Set(Object.keys(out).map((n) => n.toLowerCase()));
    return { files: out, links: links.filter(([l]) => !taken.has(l.toLowerCase())), hostile: files.map(([n]) => n), configMutated: configMutations.length > 0 };
  });
