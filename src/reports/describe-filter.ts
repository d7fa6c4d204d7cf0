import { formatDay } from '../domain/calendar.js';
import type { Words } from '../i18n/en.js';
import type { TaskFilter } from './filter-tasks.js';

/**
 * A filtered report says so: in its heading ("Filtered: ministry MOJ; owner
 * containing "Office"") and in JSON (`"filter": {...}`, SPEC §15), so that a
 * pasted "nothing overdue" can never hide that only part was asked for.
 * Undefined when nothing was filtered.
 */
export function describeFilter(filter: TaskFilter, w: Words): string | undefined {
  const f = w.filter;
  const parts: string[] = [];
  if (filter.ministries?.length) parts.push(f.ministries(filter.ministries.join(', ')));
  if (filter.owner !== undefined) parts.push(f.owner(filter.owner));
  if (filter.leader !== undefined) parts.push(f.leader(filter.leader));
  if (filter.text !== undefined) parts.push(f.text(filter.text));
  if (filter.ref !== undefined) parts.push(f.ref(filter.ref));
  if (filter.statuses?.length) parts.push(f.statuses(filter.statuses.map((s) => w.status(s)).join(', ')));
  if (filter.blocked === true) parts.push(f.blocked);
  if (filter.dueBefore !== undefined) parts.push(f.dueBefore(w.day(filter.dueBefore)));
  if (filter.dueAfter !== undefined) parts.push(f.dueAfter(w.day(filter.dueAfter)));
  return parts.length === 0 ? undefined : f.heading(parts);
}

/** The filter as JSON, snake_case, only the keys that were given; undefined when nothing was filtered. */
export function filterJson(filter: TaskFilter): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (filter.ministries?.length) out.ministries = [...filter.ministries];
  if (filter.owner !== undefined) out.owner = filter.owner;
  if (filter.leader !== undefined) out.leader = filter.leader;
  if (filter.text !== undefined) out.text = filter.text;
  if (filter.ref !== undefined) out.ref = filter.ref;
  if (filter.statuses?.length) out.statuses = [...filter.statuses];
  if (filter.blocked === true) out.blocked = true;
  if (filter.dueBefore !== undefined) out.due_before = formatDay(filter.dueBefore);
  if (filter.dueAfter !== undefined) out.due_after = formatDay(filter.dueAfter);
  return Object.keys(out).length === 0 ? undefined : out;
}
