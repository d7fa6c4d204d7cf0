import type { Problem } from '../domain/problem.js';
import { oneLine, safeJson } from './sanitize.js';
import { plural } from './words.js';

export interface ValidateReport {
  files: number;
  tasks: number;
  problems: Problem[];
}

export type ProblemFormat = 'text' | 'json' | 'github';

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}


/** `FILE:LINE:COL: SEVERITY: MESSAGE [rule]`, one a line. */
export function problemLine(p: Problem): string {
  return `${oneLine(p.file)}:${p.line}:${p.column}: ${p.severity}: ${oneLine(p.message)} [${p.rule}]`;
}

export function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => problemLine(p) + '\n').join('');
}

export function countLine(report: ValidateReport): string {
  const { errors, warnings } = countProblems(report.problems);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(report.files, 'file')} (${plural(report.tasks, 'task')})\n`;
}

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubLine(p: Problem): string {
  const command = p.severity === 'error' ? 'error' : 'warning';
  const props = `file=${escapeProperty(oneLine(p.file))},line=${p.line},col=${p.column},title=${escapeProperty(`p06 ${p.rule}`)}`;
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
export function renderValidate(report: ValidateReport, format: ProblemFormat): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return { stdout: validateJson(report), stderr: '' };
    case 'github':
      return { stdout: report.problems.map(githubLine).join(''), stderr: countLine(report) };
    case 'text':
      return { stdout: problemLines(report.problems) + countLine(report), stderr: '' };
  }
}
