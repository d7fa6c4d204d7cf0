import type { Day } from '../domain/calendar.js';
import type { Words } from '../i18n/en.js';
import type { Dataset } from '../model/dataset.js';
import type { TaskFilter } from './filter-tasks.js';
import type { Section } from './report-view.js';

/** What the command line asked of a report, already typed. */
export interface ReportRequest {
  filter: TaskFilter;
  /** `show`'s task id. */
  id?: string;
  /** `summary --sort`. */
  sort?: string;
  /** The reader's language, for orders that depend on it (names sort with its collator). */
  lang?: string;
}

/** Option groups a report command takes; the CLI turns each into its flags. */
export type ReportFlag = 'filters' | 'within' | 'list-filters' | 'id' | 'sort';

/** Every report's data has at least these. */
export interface ReportData {
  kind: string;
  asOf: Day;
}

/**
 * One report, whole: its name, what it takes, how it is computed, the
 * formats it can be printed in, and what those formats print. Adding a
 * report is one such file and one line in `registry.ts`.
 */
export interface ReportDefinition<R extends ReportData = ReportData> {
  name: string;
  description: string;
  flags: readonly ReportFlag[];
  /** Format names from render/formats.ts; `json` prints `json()`, the others `sections()`. */
  formats: readonly string[];
  compute(ds: Dataset, request: ReportRequest): R;
  sections(report: R, words: Words): Section[];
  /** The body of the JSON document (SPEC §5), without schema_version, kind and as_of. */
  json(report: R): Record<string, unknown>;
}

/** Lets the registry hold definitions of different report types in one list. */
export const defineReport = <R extends ReportData>(definition: ReportDefinition<R>): ReportDefinition => definition as unknown as ReportDefinition;
