import type { Words } from '../i18n/en.js';
import type { TaskFilter } from '../reports/filter-tasks.js';

/** What a filter keeps, in words, for a graph's heading or a calendar's name; undefined when nothing is filtered. */
export function filterText(filter: TaskFilter, w: Words): string | undefined {
  const parts: string[] = [];
  if (filter.ministries !== undefined && filter.ministries.length > 0) parts.push(w.exports.filterMinistries(filter.ministries));
  if (filter.owner !== undefined) parts.push(w.exports.filterOwner(filter.owner));
  if (filter.leader !== undefined) parts.push(w.exports.filterLeader(filter.leader));
  if (filter.text !== undefined) parts.push(w.exports.filterText(filter.text));
  if (filter.ref !== undefined) parts.push(w.exports.filterRef(filter.ref));
  return parts.length === 0 ? undefined : parts.join('; ');
}
