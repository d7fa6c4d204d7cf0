import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, type CliResult } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData, writeFiles, type FileMap } from '../helpers/temp-data.js';

// SPEC §8: every hostile class ends in a clear FILE:LINE:COL message, exit 1,
// no crash and no stack trace, and the other files are still checked. The
// corpus is tests/fixtures/hostile/data, one file per class, plus files too
// big or too odd to commit, generated below. The whole corpus goes through
// the built binary in one process; each class alone through main() in this one.

const AS_OF = ['--as-of', '2024-06-01'];
const CORPUS = fixture('hostile');
const LF_TWIN = readFileSync(join(CORPUS, 'data/bomcrlf.yaml'), 'utf8');

/** Generated into the copy of the corpus: too big to commit, or bytes an editor or git could normalise. */
const GENERATED: FileMap = {
  'data/deep-flow.yaml': '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
  'data/deep-seq.yaml': '- '.repeat(10_000) + 'x\n',
  'data/too-large.yaml': '#'.repeat(1024 * 1024) + '\n',
  // The committed file has LF and no BOM; its problems must sit at the same line and column.
  'data/bomcrlf.yaml': '\uFEFF' + LF_TWIN.replace(/\n/g, '\r\n'),
};

/**
 * Each class, its file, and every line validate prints for that file, as
 * "LINE:COL severity [rule] distinctive part of the message".
 */
const CLASSES: [string, string, string[]][] = [
  // The parser notices at the end of the file; the problem sits where the quote opens.
  ['invalid YAML', 'invalid-yaml.yaml', ['7:12 error [yaml-syntax] the quote that opens the title is never closed; end it on this line: title: "an unterminated string"']],
  ['tabs used for indentation', 'tabs.yaml', ['4:1 error [yaml-syntax] tab used for indentation: YAML indents with spaces only']],
  ['a duplicate key', 'duplicate-key.yaml', ['9:5 error [duplicate-key] duplicate key: each key may appear once in a mapping']],
  ['1: beside "1":', 'duplicate-numeric-key.yaml', ['8:3 error [duplicate-key] (1 and "1" count as the same key)']],
  ['an undefined alias', 'undefined-alias.yaml', ['8:12 error [yaml-syntax] alias *nobody has no anchor &nobody before it']],
  ['an alias bomb', 'alias-bomb.yaml', ['3:8 error [yaml-syntax] aliases expand to far more values than the file holds (an alias bomb?)']],
  ['10,000 nested flow sequences', 'deep-flow.yaml', ['1:65 error [yaml-syntax] nesting deeper than 64 levels']],
  ['10,000 nested block sequences', 'deep-seq.yaml', ['1:129 error [yaml-syntax] nesting deeper than 64 levels']],
  ['100 nested block mappings', 'deep-block.yaml', ['66:65 error [yaml-syntax] nesting deeper than 64 levels']],
  ['a file over the size limit', 'too-large.yaml', ['1:1 error [file-too-large] 1048577 bytes is over the limit of 1048576 bytes (max_file_bytes in p06.yaml)']],
  ['an empty file', 'empty.yaml', ['1:1 error [schema] expected a mapping with "ministry" and "tasks" at the top of the file, found nothing']],
  ['a list', 'list.yaml', ['2:1 error [schema] expected a mapping with "ministry" and "tasks" at the top of the file, found a list']],
  ['a scalar', 'scalar.yaml', ['2:1 error [schema] expected a mapping with "ministry" and "tasks" at the top of the file, found a string']],
  ['several documents', 'multi-document.yaml', ['6:1 error [yaml-syntax] a task file holds one YAML document; found 2']],
  // Still read (as YAML 1.2), so the file's other problems show too.
  ['a %YAML 1.1 directive', 'yaml-1-1.yaml', ['1:1 error [yaml-syntax] %YAML 1.1 directive: p06 always reads YAML 1.2 (core schema)', '5:9 warning [file-name] file is named "yaml-1-1" but holds YAMLOLD']],
  ['invalid UTF-8', 'invalid-utf8.yaml', ['4:13 error [encoding] not valid UTF-8 (byte 0xC3 at offset 110); save the file as UTF-8']],
  ['__proto__ keys', 'proto.yaml', ['5:1 error [schema] unknown key "__proto__"', '14:5 error [schema] unknown key "__proto__"']],
  ['a !!js/function tag', 'js-function-tag.yaml', ['4:9 error [yaml-syntax] YAML tag !!js/function is not used in p06 data']],
  ['a !!binary tag', 'binary-tag.yaml', ['7:12 error [yaml-syntax] YAML tag !!binary is not used in p06 data']],
  ['dates that do not exist', 'dates.yaml', ['9:15 error [invalid-date] 2024-02-30 is not a real date', '17:16 error [invalid-date] 2023-02-29 is not a real date']],
  ['a dependency cycle', 'cycle.yaml', ['12:18 error [dependency-cycle] dependency cycle: CYCLE-01 → CYCLE-03 → CYCLE-02 → CYCLE-01']],
  ['two files with the same ministry', 'twin2.yaml', ['3:9 error [duplicate-ministry] ministry TWIN is also kept in data/twin.yaml:3; one file per ministry']],
  ['the first of the two', 'twin.yaml', []],
  ['BOM and CRLF', 'bomcrlf.yaml', ['6:5 error [schema] missing required key "title"', '7:5 error [schema] unknown key "titel"; did you mean "title"?']],
  ['a valid file with a warning', 'valid.yaml', ['6:5 warning [missing-result] task VALID-01 has no "result"']],
];

/** Files a class needs beside its own to show its problem. */
const COMPANIONS: Record<string, string[]> = { 'twin2.yaml': ['twin.yaml'] };

interface Expected {
  prefix: string;
  rule: string;
  says: string;
}

function expected(file: string, line: string): Expected {
  const m = /^(\d+:\d+) (error|warning) \[([a-z-]+)\] (.*)$/.exec(line)!;
  return { prefix: `data/${file}:${m[1]}: ${m[2]}: `, rule: m[3]!, says: m[4]! };
}

function matches(actual: string, e: Expected): boolean {
  return actual.startsWith(e.prefix) && actual.endsWith(` [${e.rule}]`) && actual.includes(e.says);
}

function byFileLineColumn(a: string, b: string): number {
  const key = (l: string) => /^(.*?):(\d+):(\d+):/.exec(l)!;
  const [, fa, la, ca] = key(a);
  const [, fb, lb, cb] = key(b);
  return fa! < fb! ? -1 : fa! > fb! ? 1 : Number(la) - Number(lb) || Number(ca) - Number(cb);
}

const problemLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('data/'));

function expectNoStackTrace(result: CliResult) {
  for (const out of [result.stdout, result.stderr]) {
    expect(out).not.toContain('    at ');
    expect(out).not.toContain('Error:');
  }
}

let root: string;
let run: CliResult;
const alone = new Map<string, CliResult>();

function contentOf(file: string): string | Buffer {
  return GENERATED[`data/${file}`] ?? readFileSync(join(CORPUS, 'data', file));
}

beforeAll(async () => {
  root = tempData({});
  cpSync(CORPUS, root, { recursive: true });
  writeFiles(root, GENERATED);
  const config = readFileSync(join(CORPUS, 'p06.yaml'));
  const runs = CLASSES.map(async ([, file]) => {
    const files: FileMap = { 'p06.yaml': config };
    for (const f of [file, ...(COMPANIONS[file] ?? [])]) files[`data/${f}`] = contentOf(f);
    alone.set(file, await runMain(['validate', ...AS_OF], { cwd: tempData(files) }));
  });
  const lfTwin = runMain(['validate', ...AS_OF], { cwd: tempData({ 'p06.yaml': config, 'data/bomcrlf.yaml': LF_TWIN }) }).then((r) => alone.set('bomcrlf.yaml (LF)', r));
  [run] = await Promise.all([runCli(['validate', ...AS_OF], { cwd: root }), ...runs, lfTwin]);
});

afterAll(removeTempDirs);

describe('the hostile corpus, all in one run', () => {
  it('fails with exit 1, everything on stdout, no stack trace', () => {
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expectNoStackTrace(run);
  });

  it.each(CLASSES.filter(([, , lines]) => lines.length > 0))('%s: %s', (_name, file, lines) => {
    const printed = problemLines(run.stdout).filter((l) => l.startsWith(`data/${file}:`));
    expect(printed).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      const e = expected(file, line);
      expect(matches(printed[i]!, e), `${printed[i]} should be ${e.prefix}…${e.says}… [${e.rule}]`).toBe(true);
    });
  });

  it('prints nothing else, sorted by file and line, and counts it all', () => {
    const files = readdirSync(join(root, 'data'));
    const wanted = CLASSES.flatMap(([, file, lines]) => lines.map((l) => expected(file, l)));
    const printed = problemLines(run.stdout);
    expect(printed).toHaveLength(wanted.length);
    expect([...printed].sort(byFileLineColumn)).toEqual(printed);
    for (const e of wanted) expect(printed.some((l) => matches(l, e)), `${e.prefix}… [${e.rule}]`).toBe(true);
    const errors = wanted.filter((e) => e.prefix.includes(': error: ')).length;
    // 12 tasks: the 8 of the readable files, and the 4 entries that can be made out in invalid-yaml,
    // duplicate-key, undefined-alias and binary-tag: an unreadable file's tasks still count.
    const warnings = wanted.length - errors;
    expect(run.stdout.split('\n').at(-2)).toBe(`${errors} errors, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files.length} files (12 tasks); configuration p06.yaml`);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(wanted.length + 1);
  });
});

describe('each hostile class alone', () => {
  it.each(CLASSES.filter(([, , lines]) => lines.length > 0))('%s: %s gives exactly its lines', (_name, file, lines) => {
    const result = alone.get(file)!;
    const printed = result.stdout.split('\n').filter(Boolean);
    expect(printed).toHaveLength(lines.length + 1);
    lines.forEach((line, i) => expect(matches(printed[i]!, expected(file, line)), printed[i]).toBe(true));
    expect(printed.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files? \(\d+ tasks?\); (configuration \S+|no configuration file, defaults used)$/);
    expect(result.exitCode).toBe(lines.some((l) => l.includes(' error ')) ? 1 : 0);
    expect(result.stderr).toBe('');
    expectNoStackTrace(result);
  });

  it('a BOM and CRLF line ends change no line or column', () => {
    expect(alone.get('bomcrlf.yaml (LF)')!.stdout).toBe(alone.get('bomcrlf.yaml')!.stdout);
  });
});
