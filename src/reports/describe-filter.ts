import { formatDay } from '../domain/calendar.js';
import type { TaskFilter } from './filter-tasks.js';

/**
 * A filtered report says so: in its heading ("filtered: ministry MOJ; owner
 * containing "Office"") and in JSON (`"filter": {...}`, SPEC §15), so that a
 * pasted "nothing overdue" can never hide that only part was asked for.
 * Undefined when nothing was filtered.
 */
export function describeFilter(filter: TaskFilter): string | undefined {
  const parts: string[] = [];
  if (filter.ministries?.length) parts.push(`ministry ${filter.ministries.join(', ')}`);
  if (filter.owner !== undefined) parts.push(`owner containing "${filter.owner}"`);
  if (filter.statuses?.length) parts.push(`status ${filter.statuses.join(', ')}`);
  if (filter.blocked === true) parts.push('blocked');
  if (filter.dueBefore !== undefined) parts.push(`due before ${formatDay(filter.dueBefore)}`);
  if (filter.dueAfter !== undefined) parts.push(`due after ${formatDay(filter.dueAfter)}`);
  return parts.length === 0 ? undefined : `filtered: ${parts.join('; ')}`;
}

/** The filter as JSON, snake_case, only the keys that were given; undefined when nothing was filtered. */
export function filterJson(filter: TaskFilter): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (filter.ministries?.length) out.ministries = [...filter.ministries];
  if (filter.owner !== undefined) out.owner = filter.owner;
  if (filter.statuses?.length) out.statuses = [...filter.statuses];
  if (filter.blocked === true) out.blocked = true;
  if (filter.dueBefore !== undefined) out.due_before = formatDay(filter.dueBefore);
  if (filter.dueAfter !== undefined) out.due_after = formatDay(filter.dueAfter);
  return Object.keys(out).length === 0 ? undefined : out;
}
