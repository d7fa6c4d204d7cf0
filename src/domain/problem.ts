// A data problem is a value, collected and never thrown (STYLE: errors are
// values until the edge). Every stage from load/ to validate/ speaks this type.

export type Severity = 'error' | 'warning';

export const ERROR_RULES = [
  'yaml-syntax',
  'duplicate-key',
  'schema',
  'invalid-date',
  'id-prefix',
  'duplicate-id',
  'duplicate-ministry',
  'unknown-dependency',
  'self-dependency',
  'dependency-cycle',
  'completed-missing',
  'completed-unexpected',
  'completed-in-future',
  'extension-order',
  // SPEC §10: when a task was given, and bodies that were merged away.
  'assigned-order',
  'assigned-in-future',
  'task-in-merged-body',
  'file-too-large',
  'file-unreadable',
  'encoding',
  // p06 review's promise rules (SPEC §4.1): base and head compared.
  'task-removed',
  'unrecorded-extension',
  'history-rewritten',
  'promises-unchecked',
] as const;

export const WARNING_RULES = [
  'missing-result',
  'unknown-agency',
  'done-with-open-dependency',
  'dependency-cancelled',
  'file-name',
  'comment-in-text',
  'missing-leader',
  'reopened',
] as const;

export type RuleId = (typeof ERROR_RULES)[number] | (typeof WARNING_RULES)[number];

export interface Position {
  line: number;
  column: number;
  /** Where the offending text ends (exclusive column), when the parser knows. */
  endLine?: number;
  endColumn?: number;
  /** The source line the problem starts on, as written, for a caret under it. */
  excerpt?: string;
}

/** A message's key in the catalogue (src/i18n) and its facts, so it can be worded in the reader's language. */
export interface ProblemSays {
  key: string;
  params: readonly unknown[];
}

export interface Problem extends Position {
  file: string;
  severity: Severity;
  rule: RuleId;
  /** In English: JSON and GitHub annotations carry it as it is. */
  message: string;
  says?: ProblemSays;
  task?: string;
}

const WARNING_SET: ReadonlySet<string> = new Set(WARNING_RULES);

export function severityOf(rule: RuleId): Severity {
  return WARNING_SET.has(rule) ? 'warning' : 'error';
}

export function problem(file: string, at: Position, rule: RuleId, message: string | { message: string; says: ProblemSays }, task?: string): Problem {
  const p: Problem = { file, line: at.line, column: at.column, severity: severityOf(rule), rule, message: typeof message === 'string' ? message : message.message };
  if (typeof message !== 'string') p.says = message.says;
  if (at.endLine !== undefined && at.endColumn !== undefined) {
    p.endLine = at.endLine;
    p.endColumn = at.endColumn;
  }
  if (at.excerpt !== undefined) p.excerpt = at.excerpt;
  if (task !== undefined) p.task = task;
  return p;
}

/** Sorted by file, then line and column, so output is stable and reads top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
