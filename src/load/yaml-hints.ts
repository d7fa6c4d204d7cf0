import type { Problem } from '../domain/problem.js';
import { worded } from '../i18n/worded.js';

/**
 * The YAML mistakes editors make most, recognised from the parser's problem
 * and the line it points into, and explained with the fix, at the line where
 * the mistake is (the parser often notices later: an unclosed quote at the
 * end of the file). Rule ids stay as they were; only the message and the
 * position change. A problem that matches no pattern is left alone.
 */
export function explainYamlProblems(text: string, problems: readonly Problem[]): Problem[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const out: Problem[] = [];
  const explained = new Set<string>();
  const once = (p: Problem) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (!explained.has(key)) out.push(p);
    explained.add(key);
  };
  const missingDashes = missingDashHints(lines, problems);
  for (const p of problems) {
    const dash = missingDashes.get(p);
    if (dash !== undefined) {
      if (dash !== null) once(dash);
      continue;
    }
    const hint = p.rule === 'yaml-syntax' ? syntaxHint(lines, p) : undefined;
    if (hint === undefined) out.push(p);
    else once(hint);
  }
  return out;
}

/** `  - title: value`, split: indentation and dash, key, the column the value starts at, the value. */
const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*):[ \t]+(.*)$/;

function syntaxHint(lines: readonly string[], p: Problem): Problem | undefined {
  const unclosed = /^missing closing (["'])quote/.exec(p.message);
  if (unclosed !== null) return unclosedQuote(lines, p, unclosed[1]!);
  // An unclosed "[" or "{" is noticed on a later line: the mistake is on the line that opens it.
  const line = /\bflow (sequence|mapping|collection)\b/.test(p.message) ? openFlowLine(lines, p.line) : p.line;
  if (line !== p.line) return syntaxHint(lines, { ...p, line, column: Number.MAX_SAFE_INTEGER });
  const m = KEY_LINE.exec(lines[p.line - 1] ?? '');
  if (m === null) return undefined;
  const [, lead, key, rawValue] = m as unknown as [string, string, string, string];
  const value = withoutComment(rawValue);
  const at = { ...p, column: lead.length + key.length + 2 + (rawValue.length - rawValue.trimStart().length) + 1 };
  const fixed = `${lead.trimStart().startsWith('-') ? '- ' : ''}${key}: ${quoted(value)}`;
  const first = value[0];
  if (first === '[' || first === '{') {
    return { ...at, ...worded('hintStartsWith', first, key, fixed) };
  }
  if (first === '"' || first === "'") return undefined;
  if (first !== undefined && '@`'.includes(first) && p.column >= at.column) {
    return { ...at, ...worded('hintReserved', first, key, fixed) };
  }
  if (/:\s/.test(value) && p.column >= at.column) {
    return { ...at, ...worded('hintColon', key, fixed) };
  }
  return undefined;
}

/** The nearest line at or above `line` whose value opens a "[" or "{" it does not close. */
function openFlowLine(lines: readonly string[], line: number): number {
  for (let i = line - 1; i >= 0 && i >= line - 20; i--) {
    const value = KEY_LINE.exec(lines[i]!)?.[3]?.trimStart();
    if (value === undefined || (value[0] !== '[' && value[0] !== '{')) continue;
    const opened = [...value].filter((c) => c === '[' || c === '{').length;
    const closed = [...value].filter((c) => c === ']' || c === '}').length;
    if (opened > closed) return i + 1;
  }
  return line;
}

/** The parser finds a missing closing quote where the file ends; the mistake is where the quote opens. */
function unclosedQuote(lines: readonly string[], p: Problem, quote: string): Problem | undefined {
  for (let i = 0; i < Math.min(lines.length, p.line); i++) {
    const m = KEY_LINE.exec(lines[i]!);
    if (m === null) continue;
    const [, lead, key, rawValue] = m as unknown as [string, string, string, string];
    const value = rawValue.trimStart();
    if (value[0] !== quote || closes(value, quote)) continue;
    const column = lead.length + key.length + 2 + (rawValue.length - value.length) + 1;
    const body = value.slice(1).trimEnd();
    return { ...p, line: i + 1, column, ...worded('hintUnclosedQuote', key, `${key}: ${quote}${body}${quote}`) };
  }
  return undefined;
}

/** Whether a quoted value closes on its own line (doubled '' is an escaped quote in single quotes, \" in double). */
function closes(value: string, quote: string): boolean {
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') {
      i++;
      continue;
    }
    if (value[i] !== quote) continue;
    if (quote === "'" && value[i + 1] === "'") {
      i++;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * A task whose "- " was forgotten runs into the task above it: every key it
 * writes is a duplicate key there (eight problems for one missing "- ").
 * When the duplicates of one entry include its `id` or are three or more,
 * they become one problem, on the line where the "- " is missing. The map
 * gives that problem for the first duplicate and null for the others.
 */
function missingDashHints(lines: readonly string[], problems: readonly Problem[]): Map<Problem, Problem | null> {
  const out = new Map<Problem, Problem | null>();
  const duplicates = problems.filter((p) => p.rule === 'duplicate-key');
  const groups = new Map<number, Problem[]>();
  for (const p of duplicates) {
    const start = entryStart(lines, p.line - 1);
    if (start === undefined) continue;
    groups.set(start, [...(groups.get(start) ?? []), p]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.line - b.line || a.column - b.column);
    const keys = group.map((p) => KEY_LINE.exec(lines[p.line - 1] ?? '')?.[2]);
    if (!keys.includes('id') && group.length < 3) continue;
    const first = group[0]!;
    const line = lines[first.line - 1]!;
    const indent = /^ */.exec(line)![0].length;
    const withDash = indent >= 2 ? `${line.slice(0, indent - 2)}- ${line.slice(indent)}` : `- ${line.trimStart()}`;
    out.set(first, {
      ...first,
      column: indent + 1,
      ...worded('hintMissingDash', group.length, withDash.trim()),
    });
    for (const p of group.slice(1)) out.set(p, null);
  }
  return out;
}

/** The line of the "- " that starts the list entry holding line `i` (0-based), if any. */
function entryStart(lines: readonly string[], i: number): number | undefined {
  const indent = /^ */.exec(lines[i] ?? '')![0].length;
  for (let j = i; j >= 0; j--) {
    const m = /^( *)- /.exec(lines[j]!);
    if (m !== null && m[1]!.length < indent) return j;
    const own = /^ */.exec(lines[j]!)![0].length;
    if (lines[j]!.trim() !== '' && own < indent - 2) return undefined;
  }
  return undefined;
}

/** A plain value without a trailing "  # comment". */
function withoutComment(value: string): string {
  const hash = value.search(/\s#/);
  return (hash === -1 ? value : value.slice(0, hash)).trim();
}

/** The value quoted for YAML: double quotes unless it holds a double quote or a backslash. */
function quoted(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}
