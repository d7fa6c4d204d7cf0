import { formatDay } from '../domain/calendar.js';
import type { ExtensionRecord, TaskRecord } from '../domain/records.js';
import { en } from '../i18n/en.js';

/** In the order a reviewer reads them (SPEC §4.1). */
export const CHANGE_KINDS = ['added', 'removed', 'moved', 'status', 'deadline', 'owner', 'depends_on', 'title', 'completed', 'extensions'] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One difference between the base and the head for one task. */
export interface Change {
  task: string;
  ministry: string;
  change: ChangeKind;
  /** The value at the base, as written; absent when there was none. Lists for depends_on and extensions. */
  from?: string | string[];
  to?: string | string[];
  /** The title beside an added or removed task, for people; not part of the JSON. */
  title?: string;
  /** For an extensions change: each entry of `from` and `to` by its text, so people read it in their language; not part of the JSON. */
  entries?: Record<string, ExtensionRecord>;
}

/** An extension entry as one line of text, so a changed reason or approval date shows as a different entry. */
export function extensionText(e: ExtensionRecord): string {
  return en.review.extension(e.from.text, e.reason, e.approved === undefined ? undefined : formatDay(e.approved));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
// Dependencies are a set: listing them in another order changes nothing.
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...new Set(a)].sort(), [...new Set(b)].sort());
const day = (d: number | undefined) => (d === undefined ? undefined : formatDay(d));

/** What changed in a task that exists at both revisions, field by field. */
export function taskChanges(base: TaskRecord, head: TaskRecord, ministry: string): Change[] {
  const changes: Change[] = [];
  const note = (change: ChangeKind, from: string | string[] | undefined, to: string | string[] | undefined) => {
    const c: Change = { task: head.id, ministry, change };
    if (from !== undefined) c.from = from;
    if (to !== undefined) c.to = to;
    changes.push(c);
  };
  // A task that moved to another body's file keeping its id (a reorganisation, SPEC §10) moved; it was not removed.
  if (base.ministry !== head.ministry && base.ministry !== '' && head.ministry !== '') note('moved', base.ministry, head.ministry);
  if (base.status !== head.status) note('status', base.status, head.status);
  if (base.deadline?.text !== head.deadline?.text) note('deadline', base.deadline?.text, head.deadline?.text);
  if (base.owner !== head.owner) note('owner', base.owner, head.owner);
  if (!sameSet(base.dependsOn, head.dependsOn)) note('depends_on', base.dependsOn, head.dependsOn);
  if (base.title !== head.title) note('title', base.title, head.title);
  if (base.completed !== head.completed) note('completed', day(base.completed), day(head.completed));
  const before = base.extensions.map(extensionText);
  const after = head.extensions.map(extensionText);
  if (!sameList(before, after)) {
    note('extensions', before, after);
    const entries: Record<string, ExtensionRecord> = {};
    [...base.extensions, ...head.extensions].forEach((e) => (entries[extensionText(e)] = e));
    changes[changes.length - 1]!.entries = entries;
  }
  return changes;
}
