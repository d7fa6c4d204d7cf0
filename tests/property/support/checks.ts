import { rawUnsafe, runsAsFormula } from '../../helpers/unsafe-text.js';
import { showRun as show, type RunResult } from './run.js';

// The invariants every run must keep, whatever the input. Each throws an
// Error naming the command and quoting its output, so a fast-check failure
// shows what went wrong next to the shrunk input.

/** SPEC §6, written out here rather than imported, so a rule the spec does not know fails. */
export const KNOWN_RULES = new Set([
  'yaml-syntax', 'duplicate-key', 'schema', 'invalid-date', 'id-prefix', 'duplicate-id', 'duplicate-ministry',
  'unknown-dependency', 'self-dependency', 'dependency-cycle', 'completed-missing', 'completed-unexpected',
  'completed-in-future', 'extension-order', 'file-too-large', 'encoding',
  // p06 review (SPEC §4.1): a head file that cannot be read has promises that were not checked (an error).
  'promises-unchecked',
  'missing-result', 'unknown-agency', 'done-with-open-dependency', 'dependency-cancelled', 'file-name', 'comment-in-text',
]);
export const WARNING_RULES = new Set(['missing-result', 'unknown-agency', 'done-with-open-dependency', 'dependency-cancelled', 'file-name', 'comment-in-text']);

export class CheckError extends Error {
  override name = 'CheckError';
}

export function fail(what: string, args: readonly string[], r: RunResult): never {
  throw new CheckError(`${what}\n${show(args, r)}`);
}

/** Never a crash: an exit code the spec allows, no signal, no stack trace, no "Error:" line. */
export function checkNoCrash(args: readonly string[], r: RunResult, allowed: readonly number[] = [0, 1, 2]): void {
  if (r.exitCode === null) fail('killed by a signal', args, r);
  if (!allowed.includes(r.exitCode)) fail(`exit code ${r.exitCode}, expected one of ${allowed.join(', ')}`, args, r);
  for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    if (/^\s+at \S/m.test(text)) fail(`a stack trace line on ${name}`, args, r);
    if (/^[A-Za-z]*Error\b[^\n]*:/m.test(text) || /internal error/.test(text)) fail(`an error dump on ${name}`, args, r);
  }
}

export type OutputKind = 'text' | 'csv' | 'json';

/** The first raw control, escape or bidi character a format must not let through, or undefined. */
export function unsafeCharIn(text: string, kind: OutputKind): string | undefined {
  return rawUnsafe(text, { crlf: kind === 'csv' });
}

export function checkSafe(args: readonly string[], r: RunResult, kind: OutputKind): void {
  const out = unsafeCharIn(r.stdout, kind);
  if (out !== undefined) fail(`raw unsafe character on stdout (${kind}): ${out}`, args, r);
  const err = unsafeCharIn(r.stderr, 'text');
  if (err !== undefined) fail(`raw unsafe character on stderr: ${err}`, args, r);
}

export interface ProblemLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  rule: string;
}

const PROBLEM_LINE = /^([^:\n]+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9-]+)\]$/;
const COUNT_LINE = /^(\d+) errors?, (\d+) warnings? in (\d+) files? \((\d+) tasks?\); (?:configuration \S.*|no configuration file, defaults used)$/;

export function parseProblemLine(line: string): ProblemLine | undefined {
  const m = PROBLEM_LINE.exec(line);
  if (m === null) return undefined;
  return { file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, message: m[5]!, rule: m[6]! };
}

export function checkProblem(args: readonly string[], r: RunResult, p: ProblemLine | undefined, line: string): ProblemLine {
  if (p === undefined) fail(`not a FILE:LINE:COL: SEVERITY: MESSAGE [rule] line: ${JSON.stringify(line)}`, args, r);
  if (p.line < 1 || p.column < 1) fail(`position below 1:1 in ${JSON.stringify(line)}`, args, r);
  if (!KNOWN_RULES.has(p.rule)) fail(`unknown rule ${p.rule}`, args, r);
  if ((p.severity === 'warning') !== WARNING_RULES.has(p.rule)) fail(`rule ${p.rule} with severity ${p.severity}`, args, r);
  return p;
}

/** `validate` in text: problem lines, then the count line. */
export function parseValidateText(args: readonly string[], r: RunResult): { problems: ProblemLine[]; counts: number[] } {
  const lines = r.stdout.split('\n');
  if (lines.pop() !== '') fail('output does not end with a newline', args, r);
  const last = lines.pop() ?? '';
  const counts = COUNT_LINE.exec(last);
  if (counts === null) fail(`last line is not the count line: ${JSON.stringify(last)}`, args, r);
  const problems = lines.map((l) => checkProblem(args, r, parseProblemLine(l), l));
  const [errors, warnings] = [Number(counts[1]), Number(counts[2])];
  if (errors !== problems.filter((p) => p.severity === 'error').length || warnings !== problems.length - errors) fail('count line disagrees with the lines above it', args, r);
  if ((r.exitCode === 1) !== errors > 0 && !args.includes('--strict')) fail(`exit ${r.exitCode} with ${errors} errors`, args, r);
  return { problems, counts: [errors, warnings, Number(counts[3]), Number(counts[4])] };
}

const GITHUB_LINE = /^::(error|warning) file=([^,:\n]+),line=(\d+),col=(\d+)(?:,endLine=\d+|,endColumn=\d+)?,title=p06 ([a-z0-9-]+)::(.*)$/;

export function parseValidateGithub(args: readonly string[], r: RunResult): ProblemLine[] {
  const lines = r.stdout.split('\n');
  if (lines.pop() !== '') fail('output does not end with a newline', args, r);
  return lines.map((l) => {
    const m = GITHUB_LINE.exec(l);
    if (m === null) fail(`not a GitHub workflow command: ${JSON.stringify(l)}`, args, r);
    if (/[\r\n]/.test(m[6]!)) fail('raw line break in a workflow command', args, r);
    if (/%(?!25|0D|0A)/.test(m[6]!) || /%(?!25|0D|0A|3A|2C)/.test(m[2]!)) fail(`a % that GitHub would read as an escape: ${JSON.stringify(l)}`, args, r);
    return checkProblem(args, r, { severity: m[1]!, file: m[2]!, line: Number(m[3]), column: Number(m[4]), rule: m[5]!, message: m[6]! }, l);
  });
}

export function parseJson<T = Record<string, unknown>>(args: readonly string[], r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch (e) {
    fail(`stdout is not JSON: ${(e as Error).message}`, args, r);
  }
}

/** RFC 4180 with the BOM the spec asks for; every record ends in CRLF and has as many cells as the header. */
export function parseCsv(args: readonly string[], r: RunResult): string[][] {
  const text = r.stdout;
  if (!text.startsWith('\ufeff')) fail('CSV without a BOM', args, r);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 1;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (cell += ch), i++;
    } else if (ch === '"' && cell === '') (quoted = true), i++;
    else if (ch === ',') row.push(cell), (cell = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (ch === '"' || ch === '\r' || ch === '\n') fail(`stray ${JSON.stringify(ch)} in an unquoted CSV cell at offset ${i}`, args, r);
    else (cell += ch), i++;
  }
  if (quoted || cell !== '' || row.length > 0) fail('CSV does not end with a complete record', args, r);
  const width = rows[0]?.length ?? 0;
  if (rows.some((x) => x.length !== width)) fail('CSV records of different lengths', args, r);
  for (const cellText of rows.flat()) {
    if (runsAsFormula(cellText)) fail(`CSV cell a spreadsheet would run as a formula: ${JSON.stringify(cellText)}`, args, r);
  }
  return rows;
}

/** Splits a Markdown table row on the pipes that are not escaped. */
export function markdownCells(line: string): string[] | undefined {
  if (!line.startsWith('| ') || !line.endsWith(' |')) return undefined;
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      cell += line[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (cell.trim() !== '') return undefined;
  return cells;
}

/** Every table in a Markdown document: its rows (header first), each table's rows as wide as its header. */
export function parseMarkdownTables(args: readonly string[], r: RunResult): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = markdownCells(line);
    if (cells === undefined) fail(`a Markdown table line that does not end its cells: ${JSON.stringify(line)}`, args, r);
    if (current === undefined) tables.push((current = []));
    if (cells.every((c) => /^-+:?$/.test(c))) continue;
    current.push(cells);
  }
  for (const t of tables) {
    if (t.some((row) => row.length !== t[0]!.length)) fail('a Markdown row with more or fewer cells than its header: a cell broke out', args, r);
  }
  return tables;
}

/**
 * First cells of the body rows of the first table (rows after the rule under
 * the header; wrapped lines add none). A table too wide for its terminal is
 * drawn as records instead, one block per row after a blank line, its first
 * cell the block's unindented first line.
 */
export function tableFirstColumn(args: readonly string[], r: RunResult): string[] {
  const lines = r.stdout.replace(SGR, '').split('\n');
  const rule = lines.findIndex((l) => l.startsWith('├'));
  const blank = lines.indexOf('');
  if (blank >= 0 && (rule < 0 || blank < rule) && !lines.slice(0, blank).some((l) => l.startsWith('┌'))) {
    const records: string[] = [];
    for (let i = blank + 1; i < lines.length && lines[i] !== '' && !lines[i]!.startsWith('┌'); ) {
      records.push(lines[i]!.trim());
      while (i < lines.length && lines[i] !== '') i++;
      i++;
    }
    if (records.length > 0) return records;
  }
  if (rule < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(rule + 1)) {
    if (!l.startsWith('│')) break;
    const first = l.split('│')[1]!.trim();
    if (first !== '') out.push(first);
  }
  return out;
}

/** The colour codes chalk writes: Select Graphic Rendition, ESC [ … m. */
export const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Whether `shown` is how `raw` (a file name, say) may be printed: as is, or
 * with controls escaped (\\xHH, \\uHHHH, any case) and tabs or line breaks as spaces.
 */
export function shownAs(raw: string, shown: string): boolean {
  const lower = shown.toLowerCase();
  let j = 0;
  for (const ch of raw) {
    if (shown.startsWith(ch, j)) {
      j += ch.length;
      continue;
    }
    if (/[\t\n\r]/.test(ch) && shown[j] === ' ') {
      j++;
      continue;
    }
    const hex = ch.codePointAt(0)!.toString(16);
    const escape = [`\\x${hex.padStart(2, '0')}`, `\\u${hex.padStart(4, '0')}`, `\\u{${hex}}`].find((e) => lower.startsWith(e, j));
    if (escape === undefined) return false;
    j += escape.length;
  }
  return j === shown.length;
}

export function sameSet(a: Iterable<string>, b: Iterable<string>): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function expectEqual<T>(what: string, actual: T, expected: T, args: readonly string[], r: RunResult): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: got ${a}, expected ${e}`, args, r);
}
