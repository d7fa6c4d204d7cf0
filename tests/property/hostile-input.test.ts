import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import {
  checkNoCrash,
  checkSafe,
  expectEqual,
  fail,
  parseCsv,
  parseJson,
  parseMarkdownTables,
  parseProblemLine,
  parseValidateGithub,
  parseValidateText,
  shownAs,
  type ProblemLine,
} from './support/checks.js';
import { hostileCase, OUTSIDE_ID, SENTINEL_BAD_PROBLEM, SENTINEL_OK, SENTINEL_OK_IDS, type HostileCase } from './support/hostile.js';
import { NOW } from './support/generate.js';
import { runInProcess, Scratch, type RunResult } from './support/run.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// Hostile data folders through the real CLI (in process): whatever the files
// hold, every run ends in 0 or 1 with no crash, every problem names a real
// place in a real file, nothing unsafe reaches the terminal, the sentinel
// files are judged as if they were alone, and no task is dropped silently.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

const AS_OF = ['--as-of', '2024-06-30'];
/** Today for main() in this process (in every zone the hostile p06.yaml names). */
const TODAY = NOW.toISOString().slice(0, 10);

/** Lines and their lengths of each file as the harness wrote it, to bound the positions problems name. */
function linesOf(files: HostileCase['files']): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [name, content] of Object.entries(files)) {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    out.set(name, text.split('\n').map((l) => l.length));
  }
  return out;
}

function checkPositions(args: string[], r: RunResult, problems: ProblemLine[], lines: Map<string, number[]>): void {
  for (const p of problems) {
    const name = [...lines.keys()].find((n) => shownAs(n, p.file));
    if (name === undefined) fail(`problem names a file that does not exist: ${p.file}`, args, r);
    const lengths = lines.get(name)!;
    if (p.line > lengths.length) fail(`${p.file}:${p.line}:${p.column} is past the last line (${lengths.length})`, args, r);
    if (p.column > lengths[p.line - 1]! + 1) fail(`${p.file}:${p.line}:${p.column} is past the end of the line (${lengths[p.line - 1]} characters)`, args, r);
  }
}

async function checkCase(c: HostileCase): Promise<void> {
  const cwd = scratch.folder(c.files);
  for (const [link, target] of c.links) {
    mkdirSync(dirname(join(cwd, link)), { recursive: true });
    symlinkSync(target, join(cwd, link));
  }
  try {
    await checkIn(cwd, c);
  } finally {
    scratch.release(cwd);
  }
}

async function checkIn(cwd: string, c: HostileCase): Promise<void> {
  const run = async (args: string[]) => ({ args, r: await runInProcess(args, cwd) });
  const lines = linesOf(c.files);
  const strict = !c.configMutated;
  const codes = strict ? [1] : [0, 1];

  // validate, text: every line a problem or the count, positions inside the files.
  const text = await run([...AS_OF, 'validate']);
  checkNoCrash(text.args, text.r, codes);
  checkSafe(text.args, text.r, 'text');
  if (!strict && text.r.stdout === '') return; // the mutated p06.yaml points the data somewhere else
  const { problems, counts } = parseValidateText(text.args, text.r);
  checkPositions(text.args, text.r, problems, lines);
  if (strict) {
    const b = SENTINEL_BAD_PROBLEM;
    if (!problems.some((p) => p.file === b.file && p.line === b.line && p.column === b.column && p.rule === b.rule)) fail(`the sentinel's ${b.rule} at ${b.file}:${b.line}:${b.column} is missing`, text.args, text.r);
    const onOk = problems.filter((p) => p.file === SENTINEL_OK);
    if (onOk.length > 0) fail(`problems on the valid sentinel: ${JSON.stringify(onOk)}`, text.args, text.r);
  }

  // github and json say the same as text.
  const gh = await run([...AS_OF, 'validate', '--format', 'github']);
  checkNoCrash(gh.args, gh.r, codes);
  checkSafe(gh.args, gh.r, 'text');
  const ghProblems = parseValidateGithub(gh.args, gh.r);
  const key = (p: ProblemLine) => `${p.line}:${p.column}:${p.severity}:${p.rule}`;
  expectEqual('github vs text', ghProblems.map(key), problems.map(key), gh.args, gh.r);
  const js = await run([...AS_OF, 'validate', '--json']);
  checkNoCrash(js.args, js.r, codes);
  checkSafe(js.args, js.r, 'json');
  const doc = parseJson<{ files: number; tasks: number; errors: number; warnings: number; problems: { file: string; line: number; column: number; severity: string; rule: string; message: string }[] }>(js.args, js.r);
  expectEqual('json vs text', doc.problems.map((p) => key({ ...p, message: '' })), problems.map(key), js.args, js.r);
  expectEqual('json counts vs text', [doc.errors, doc.warnings, doc.files, doc.tasks], counts, js.args, js.r);
  // A report looks back: to it, a completion after as_of but not after today is history, not an error.
  const inReports = (p: { rule: string; message: string }) => p.rule !== 'completed-in-future' || (/^completed (\S+) is after/.exec(p.message)?.[1] ?? '9999') > TODAY;
  const reportErrors = doc.problems.filter((p) => p.severity === 'error' && inReports(p));
  const errorFiles = new Set(reportErrors.map((p) => p.file));
  const configBroken = errorFiles.has('p06.yaml');

  // A report refuses invalid data: the errors on stderr, exit 1, nothing on stdout.
  const refused = await run([...AS_OF, 'overdue', '--format', 'csv']);
  checkNoCrash(refused.args, refused.r, [1]);
  checkSafe(refused.args, refused.r, 'csv');
  if (refused.r.stdout !== '') fail('a refused report printed data', refused.args, refused.r);
  const stderrLines = refused.r.stderr.split('\n').filter(Boolean);
  const last = stderrLines.pop() ?? '';
  if (!/^p06: \d+ errors? in the data/.test(last)) fail(`last stderr line: ${JSON.stringify(last)}`, refused.args, refused.r);
  for (const l of stderrLines) {
    const p = parseProblemLine(l);
    if (p === undefined || p.severity !== 'error') fail(`not an error line: ${JSON.stringify(l)}`, refused.args, refused.r);
  }
  expectEqual('errors shown by a refused report', stderrLines.length, reportErrors.length, refused.args, refused.r);
  if (configBroken) return;

  // --skip-invalid: every file with an error is named with its task count, and those counts and the
  // listed tasks add up to every task in every file.
  const list = await run([...AS_OF, '--skip-invalid', 'list', '--json']);
  checkNoCrash(list.args, list.r, [0]);
  checkSafe(list.args, list.r, 'json');
  const listed = parseJson<{ tasks: { id: string; file: string; title: string }[] }>(list.args, list.r).tasks;
  const leftOut = new Map<string, number>();
  for (const l of list.r.stderr.split('\n').filter(Boolean)) {
    // A file read too little to find its task list says so; it counts 0 in validate's total too.
    const m = /^p06: left out (.+) \((?:(\d+) tasks?|its tasks could not be counted), (\d+) errors?\)$/.exec(l);
    if (m !== null) leftOut.set(m[1]!, Number(m[2] ?? 0));
    else if (!/^p06: \d+ warnings? in the data/.test(l)) fail(`unexpected stderr line ${JSON.stringify(l)}`, list.args, list.r);
  }
  // Each file with an error is named (escaped where its name needs it), and no other.
  const named = [...leftOut.keys()];
  for (const f of errorFiles) {
    const i = named.findIndex((shown) => shownAs(f, shown));
    if (i < 0) fail(`${f} has errors but is not named as left out`, list.args, list.r);
    named.splice(i, 1);
  }
  if (named.length > 0) fail(`left out files without errors: ${named}`, list.args, list.r);
  const dropped = [...leftOut.values()].reduce((a, b) => a + b, 0);
  expectEqual('listed + left out = every task', listed.length + dropped, doc.tasks, list.args, list.r);
  for (const t of listed) if (errorFiles.has(t.file)) fail(`task ${t.id} from ${t.file}, which has errors`, list.args, list.r);
  if (strict) for (const id of SENTINEL_OK_IDS) if (!listed.some((t) => t.id === id)) fail(`sentinel task ${id} missing`, list.args, list.r);
  if (listed.some((t) => t.id === OUTSIDE_ID)) fail('a task reached through a symbolic link', list.args, list.r);

  for (const command of [['overdue'], ['at-risk'], ['summary'], ['list', '--blocked']]) {
    for (const format of ['table', 'markdown', 'csv', 'json'] as const) {
      const o = await run([...AS_OF, '--skip-invalid', ...command, '--format', format]);
      checkNoCrash(o.args, o.r, [0]);
      checkSafe(o.args, o.r, format === 'csv' ? 'csv' : format === 'json' ? 'json' : 'text');
      if (format === 'csv') parseCsv(o.args, o.r);
      if (format === 'markdown') parseMarkdownTables(o.args, o.r);
      if (format === 'json') parseJson(o.args, o.r);
    }
  }
  for (const t of listed.slice(0, 2)) {
    const o = await run([...AS_OF, '--skip-invalid', 'show', t.id]);
    checkNoCrash(o.args, o.r, [0]);
    checkSafe(o.args, o.r, 'text');
  }
}

describe('hostile data folders through the CLI', () => {
  it(
    'never crash, name real positions, print nothing unsafe and drop no task silently',
    () => checkProperty('hostile-input', fc.asyncProperty(hostileCase, checkCase), 60),
    PROPERTY_TIMEOUT,
  );
});
