import type { Problem } from '../domain/problem.js';
import { displayWidth } from './display-width.js';
import { oneLine, safeJson } from './sanitize.js';
import { en, type Words } from '../i18n/en.js';
import { problemMessage } from '../i18n/worded.js';

export interface ValidateReport {
  files: number;
  tasks: number;
  problems: Problem[];
  /** The configuration file in use, as shown (null: none, the defaults); named after the count when given. */
  config?: string | null;
}

export type ProblemFormat = 'text' | 'json' | 'github';

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}


/** `FILE:LINE:COL: SEVERITY: MESSAGE [rule]`, one a line, in the reader's language (the rule id stays as it is). */
export function problemLine(p: Problem, words: Words = en): string {
  // A line that starts with "::" is a workflow command in a GitHub Actions log: a file named so is shown as ./::…
  const file = oneLine(p.file);
  return `${file.startsWith('::') ? `./${file}` : file}:${p.line}:${p.column}: ${words.severity[p.severity]}: ${oneLine(problemMessage(p, words))} [${p.rule}]`;
}

export function problemLines(problems: readonly Problem[], words: Words = en): string {
  return problems.map((p) => problemLine(p, words) + '\n').join('');
}

/**
 * The problem's source line with a caret under what is wrong, indented so
 * that no excerpt line can be taken for a problem line:
 *
 *        8 |     deadline: 2024-02-30
 *          |               ^^^^^^^^^^
 */
export function excerptLines(p: Problem): string {
  if (p.excerpt === undefined) return '';
  const source = oneLine(p.excerpt);
  const before = oneLine(p.excerpt.slice(0, Math.max(0, p.column - 1)));
  const lastColumn = p.endLine === p.line && p.endColumn !== undefined ? p.endColumn : p.excerpt.length + 1;
  const marked = oneLine(p.excerpt.slice(p.column - 1, Math.max(p.column, lastColumn - 1)));
  const gutter = String(p.line).padStart(5);
  const caret = '^'.repeat(Math.max(1, displayWidth(marked.trimEnd())));
  return `${gutter} | ${source.trimEnd()}\n${' '.repeat(gutter.length)} | ${' '.repeat(displayWidth(before))}${caret}\n`;
}

/** Problem lines each followed by its source excerpt: what a person reads. */
export function problemsWithSource(problems: readonly Problem[], words: Words = en): string {
  return problems.map((p) => problemLine(p, words) + '\n' + excerptLines(p)).join('');
}

export function countLine(report: ValidateReport, words: Words = en): string {
  const { errors, warnings } = countProblems(report.problems);
  const config = report.config === undefined ? '' : `; ${words.notes.config(report.config === null ? null : oneLine(report.config))}`;
  return words.notes.count(errors, warnings, report.files, report.tasks) + config + '\n';
}

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubLine(p: Problem): string {
  const command = p.severity === 'error' ? 'error' : 'warning';
  // GitHub counts the end column inclusively; a problem keeps it exclusive (where the text stops).
  const end = p.endLine === undefined ? '' : p.endLine === p.line ? `,endColumn=${Math.max(p.column, p.endColumn! - 1)}` : `,endLine=${p.endLine}`;
  const props = `file=${escapeProperty(oneLine(p.file))},line=${p.line},col=${p.column}${end},title=${escapeProperty(`p06 ${p.rule}`)}`;
  return `::${command} ${props}::${escapeData(oneLine(p.message))}\n`;
}

export function validateJson(report: ValidateReport): string {
  const { errors, warnings } = countProblems(report.problems);
  return (
    safeJson({
      schema_version: 1,
      kind: 'validate',
      files: report.files,
      tasks: report.tasks,
      errors,
      warnings,
      problems: report.problems.map(problemJson),
    }) + '\n'
  );
}

export function problemJson(p: Problem): Record<string, unknown> {
  const out: Record<string, unknown> = { file: p.file, line: p.line, column: p.column, severity: p.severity, rule: p.rule, message: p.message };
  if (p.task !== undefined) out.task = p.task;
  return out;
}

/** What `p06 validate` prints on stdout, and the one line it adds on stderr. */
export function renderValidate(report: ValidateReport, format: ProblemFormat, options: { source?: boolean; words?: Words } = {}): { stdout: string; stderr: string } {
  const words = options.words ?? en;
  switch (format) {
    case 'json':
      return { stdout: validateJson(report), stderr: '' };
    case 'github':
      return { stdout: report.problems.map(githubLine).join(''), stderr: countLine(report, words) };
    case 'text':
      return { stdout: (options.source ? problemsWithSource(report.problems, words) : problemLines(report.problems, words)) + countLine(report, words), stderr: '' };
  }
}
