import type { Day } from './calendar.js';
import type { Position } from './problem.js';
import type { Deadline } from './deadline.js';
import type { Status } from './status.js';
import type { Every } from './period.js';

// Validated data, as the model receives it: dates parsed into days, every
// record knowing where it was written.

export interface ExtensionRecord {
  from: Deadline;
  reason: string;
  approved?: Day;
}

export interface TaskRecord {
  id: string;
  ministry: string;
  title: string;
  owner: string;
  status: Status;
  deadline?: Deadline;
  completed?: Day;
  /** Where `completed` is written, for the one rule checked after the cache. */
  completedAt?: Position;
  result?: string;
  dependsOn: string[];
  coordinating: string[];
  extensions: ExtensionRecord[];
  source?: string;
  notes?: string;
  // SPEC §10, all optional.
  assigned?: Day;
  /** Where `assigned` is written, for the one rule checked after the cache. */
  assignedAt?: Position;
  assignedBy?: string;
  leader?: string;
  refs?: string[];
  transferredFrom?: string;
  obstacle?: string;
  /** Recurring duties: the period a report is due for. */
  every?: Every;
  /** The last period reported on, as written (2024-Q3), and as a period index of `every`. */
  reported?: { text: string; period: number };
  file: string;
  line: number;
  /** Position in the file's task list, to locate problems in its fields. */
  index: number;
}

export interface MinistryRecord {
  code: string;
  name: string;
  nameVi?: string;
  abbrVi?: string;
  /** Absent means a ministry (SPEC §10's default). */
  kind?: MinistryKind;
  mergedInto?: string;
  mergedOn?: Day;
  file: string;
  line: number;
}

export type MinistryKind = 'ministry' | 'agency' | 'province';

export interface FileSummary {
  file: string;
  ministry?: string;
  /** Entries in the file's task list, valid or not. */
  tasks: number;
  /** The file could not be read far enough to count its tasks: `tasks` is a lower bound (0). */
  uncounted?: true;
  errors: number;
  warnings: number;
}
