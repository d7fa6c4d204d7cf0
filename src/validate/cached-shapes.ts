import type { Problem } from '../domain/problem.js';
import { ERROR_RULES, WARNING_RULES } from '../domain/problem.js';
import type { FileSummary, MinistryRecord, TaskRecord, ExtensionRecord } from '../domain/records.js';
import { LANGS } from '../i18n/langs.js';
import { problemsEn } from '../i18n/en-problems.js';
import type { Settings } from './settings.js';
import { STATUSES } from '../domain/status.js';
import { EVERY } from '../domain/period.js';
import type { Validation } from './validate-dataset.js';
import type { FileResult } from './validate-file.js';
import type { Position } from '../domain/problem.js';

// A cache entry is JSON that anyone who can write the cache folder could
// have edited: before a run believes one, its shape is checked here, field
// by field, without Zod (a cache hit must not load it). A wrong shape is a
// miss, never a crash further down.

type Check = (v: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isInt: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (item: Check): Check => (v) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
};
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
// The fields listed once, not per object checked: a warm run checks thousands of records.
const shape = (fields: Record<string, Check>): Check => {
  const keys = Object.keys(fields);
  const checks = keys.map((k) => fields[k]!);
  return (v) => {
    if (!isRecord(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    return true;
  };
};

/** [string, value] pairs, each value as `value` says (a Map as JSON keeps it). */
const pairsOf = (value: Check): Check => listOf((v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && value(v[1]));

const RULES = [...ERROR_RULES, ...WARNING_RULES];
const position = shape({ line: isInt, column: isInt });
const isFact: Check = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const says = shape({ key: oneOf(Object.keys(problemsEn)), params: listOf((v) => isFact(v) || (Array.isArray(v) && v.every(isFact))) });
const problem = shape({
  file: isString,
  line: isInt,
  column: isInt,
  endLine: optional(isInt),
  endColumn: optional(isInt),
  excerpt: optional(isString),
  severity: oneOf(['error', 'warning']),
  rule: oneOf(RULES),
  message: isString,
  says: optional(says),
  task: optional(isString),
} satisfies Record<keyof Problem, Check>);
const deadline = shape({ text: isString, due: isInt });
// `satisfies` names every field of the record type: a new field fails the typecheck here until it is checked too.
const extension = shape({ from: deadline, reason: isString, approved: optional(isInt) } satisfies Record<keyof ExtensionRecord, Check>);
const task = shape({
  id: isString,
  ministry: isString,
  title: isString,
  owner: isString,
  status: oneOf(STATUSES),
  deadline: optional(deadline),
  completed: optional(isInt),
  completedAt: optional(position),
  result: optional(isString),
  dependsOn: listOf(isString),
  coordinating: listOf(isString),
  extensions: listOf(extension),
  source: optional(isString),
  notes: optional(isString),
  assigned: optional(isInt),
  assignedAt: optional(position),
  assignedBy: optional(isString),
  leader: optional(isString),
  refs: optional(listOf(isString)),
  transferredFrom: optional(isString),
  obstacle: optional(isString),
  every: optional(oneOf(EVERY)),
  reported: optional(shape({ text: isString, period: isInt })),
  file: isString,
  line: isInt,
  index: isInt,
} satisfies Record<keyof TaskRecord, Check>);
const ministry = shape({
  code: isString,
  name: isString,
  nameVi: optional(isString),
  abbrVi: optional(isString),
  kind: optional(oneOf(['ministry', 'agency', 'province'])),
  mergedInto: optional(isString),
  mergedOn: optional(isInt),
  file: isString,
  line: isInt,
} satisfies Record<keyof MinistryRecord, Check>);
const fileSummary = shape({ file: isString, ministry: optional(isString), tasks: isInt, uncounted: optional((v) => v === true), errors: isInt, warnings: isInt } satisfies Record<keyof FileSummary, Check>);
const validation = shape({ ministries: listOf(ministry), tasks: listOf(task), files: listOf(fileSummary), problems: listOf(problem) } satisfies Record<keyof Validation, Check>);

export function isValidation(v: unknown): v is Validation {
  return validation(v);
}

const settings = shape({
  data: optional(isString),
  timezone: optional(isString),
  atRiskDays: isInt,
  maxFileBytes: isInt,
  agencies: (v) => isRecord(v) && Object.values(v).every(isString),
  lang: optional(oneOf(LANGS)),
  requireLeader: (v) => typeof v === 'boolean',
  escalateAfterDays: isInt,
} satisfies Record<keyof Settings, Check>);
const checkedConfig = shape({ settings, problems: listOf(problem) });

export function isCheckedConfig(v: unknown): v is { settings: Settings; problems: Problem[] } {
  return checkedConfig(v);
}

/** What an editing command's plan reads of a file as written: its task ids (valid or not) and its ministry's code and abbr_vi, where they are text. */
export interface EditFacts {
  ids: string[];
  code?: string;
  abbrVi?: string;
}

/** One file's own check as the editing commands keep it in the cache, with the digest of the bytes it was made from. */
export interface StoredEditCheck {
  file: string;
  digest: string;
  result: Omit<FileResult, 'writtenAt'>;
  /** Each cross-file position with its path (joined by "/"). */
  positions: [string, Position][];
  recoveredCode?: string;
  facts: EditFacts;
}

const fileResult = shape({
  ministry: optional(ministry),
  tasks: listOf(task),
  ids: listOf(shape({ id: isString, index: isInt })),
  taskCount: isInt,
  uncounted: optional((v) => v === true),
  problems: listOf(problem),
} satisfies Record<keyof Omit<FileResult, 'writtenAt'>, Check>);
const fullPosition = shape({ line: isInt, column: isInt, endLine: optional(isInt), endColumn: optional(isInt), excerpt: optional(isString) } satisfies Record<keyof Position, Check>);
const editFacts = shape({ ids: listOf(isString), code: optional(isString), abbrVi: optional(isString) } satisfies Record<keyof EditFacts, Check>);
const storedEditCheck = shape({
  file: isString,
  digest: isString,
  result: fileResult,
  positions: pairsOf(fullPosition),
  recoveredCode: optional(isString),
  facts: editFacts,
} satisfies Record<keyof StoredEditCheck, Check>);
const editChecks = shape({ files: listOf(storedEditCheck) });

export function isEditChecks(v: unknown): v is { files: StoredEditCheck[] } {
  return editChecks(v);
}

/** Counts of one trend point, as reports/trend.ts's TrendCounts (which this layer may not import). */
interface StoredCounts {
  total: number;
  done: number;
  percent_done: number;
  overdue: number;
  at_risk: number;
}

/** A past trend point as the history cache keeps it: reports/trend.ts's TrendPoint, field for field. */
export interface StoredTrendPoint extends StoredCounts {
  date: number;
  commit?: string;
  ministries: (StoredCounts & { ministry: string; name: string; nameVi?: string; abbrVi?: string })[];
}

const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const counts = { total: isInt, done: isInt, percent_done: isCount, overdue: isInt, at_risk: isInt } satisfies Record<keyof StoredCounts, Check>;
const trendMinistry = shape({ ...counts, ministry: isString, name: isString, nameVi: optional(isString), abbrVi: optional(isString) });
const trendPoint = shape({ ...counts, date: isInt, commit: optional(isString), ministries: listOf(trendMinistry) } satisfies Record<keyof StoredTrendPoint, Check>);

export const isStoredTrendPoint = (v: unknown): v is StoredTrendPoint => trendPoint(v);

/** A commit's errors as the history cache keeps them: how many, and the first (none: the data was valid). */
export interface StoredCommitErrors {
  errors: number;
  first?: Problem;
}

const commitErrors = shape({ errors: isInt, first: optional(problem) } satisfies Record<keyof StoredCommitErrors, Check>);

export const isStoredCommitErrors = (v: unknown): v is StoredCommitErrors => commitErrors(v);

export const isDayNumber = (v: unknown): v is number => isInt(v);

/** An entry that keeps a map as [string, value] pairs under `field`, each value as `value` says. */
export function pairsIn<V>(field: string, value: (v: unknown) => v is V): (v: unknown) => v is Record<string, [string, V][]> {
  const check = shape({ [field]: pairsOf(value) });
  return (v): v is Record<string, [string, V][]> => check(v);
}
