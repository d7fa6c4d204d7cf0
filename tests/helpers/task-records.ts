import { formatDay, parseDay, type Day } from '../../src/domain/calendar.js';
import { buildDataset, type Dataset } from '../../src/model/dataset.js';
import { parseDeadline, type Deadline } from '../../src/domain/deadline.js';
import type { MinistryRecord, TaskRecord } from '../../src/domain/records.js';
import type { Status } from '../../src/validate/schemas.js';

// Validated records for the model, report and render tests, written the way
// the YAML reads: `task('MOJ-1', { deadline: '2024-Q1', depends_on: ['GO-2'] })`.

export interface TaskSpec {
  status?: Status;
  deadline?: string | number;
  completed?: string;
  title?: string;
  owner?: string;
  result?: string;
  depends_on?: string[];
  coordinating?: string[];
  extensions?: { from: string | number; approved?: string; reason?: string }[];
}

/** A day from `YYYY-MM-DD`; throws on a typo so a test cannot pass by accident. */
export function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`not a day: ${text}`);
  return d;
}

function deadline(raw: string | number): Deadline {
  const d = parseDeadline(raw);
  if (d === undefined) throw new Error(`not a deadline: ${raw}`);
  return d;
}

const ministryOf = (id: string) => id.slice(0, id.lastIndexOf('-'));

/** One task record; in_progress with no deadline unless told otherwise. */
export function task(id: string, spec: TaskSpec = {}): TaskRecord {
  const ministry = ministryOf(id);
  const record: TaskRecord = {
    id,
    ministry,
    title: spec.title ?? `Task ${id}`,
    owner: spec.owner ?? 'Ministry Office',
    status: spec.status ?? 'in_progress',
    dependsOn: spec.depends_on ?? [],
    coordinating: spec.coordinating ?? [],
    extensions: (spec.extensions ?? []).map((e) => ({
      from: deadline(e.from),
      reason: e.reason ?? 'more time needed',
      ...(e.approved === undefined ? {} : { approved: day(e.approved) }),
    })),
    file: `data/${ministry.toLowerCase()}.yaml`,
    line: 1,
    index: 0,
  };
  if (spec.deadline !== undefined) record.deadline = deadline(spec.deadline);
  if (spec.completed !== undefined) record.completed = day(spec.completed);
  if (spec.result !== undefined) record.result = spec.result;
  return record;
}

/** A ministry for each code the tasks use (plus `extra`), named after its code. */
export function ministriesOf(records: readonly TaskRecord[], extra: readonly string[] = []): MinistryRecord[] {
  const codes = new Set([...records.map((r) => r.ministry), ...extra]);
  return [...codes].map((code) => ({ code, name: `Ministry ${code}`, file: `data/${code.toLowerCase()}.yaml`, line: 1 }));
}

/** The dataset of these records on `asOf`, with a 14-day window unless told otherwise. */
export function dataset(asOf: string, records: readonly TaskRecord[], within = 14): Dataset {
  return buildDataset(ministriesOf(records), records, { asOf: day(asOf), within });
}

/** A day as `YYYY-MM-DD`, or undefined, for readable expectations. */
export const dayText = (d: Day | undefined): string | undefined => (d === undefined ? undefined : formatDay(d));
