import type { TaskFilter } from '../reports/filter-tasks.js';

/** What a filter keeps, in words, for a heading or a calendar's name; undefined when nothing is filtered. */
export function filterText(filter: TaskFilter): string | undefined {
  const parts: string[] = [];
  if (filter.ministries !== undefined && filter.ministries.length > 0) parts.push(`${filter.ministries.length === 1 ? 'ministry' : 'ministries'} ${filter.ministries.join(', ')}`);
  if (filter.owner !== undefined) parts.push(`owner containing "${filter.owner}"`);
  return parts.length === 0 ? undefined : parts.join('; ');
}
