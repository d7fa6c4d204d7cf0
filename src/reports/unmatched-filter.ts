import { foldText, textIncludes } from '../domain/fold-text.js';
import { closest } from '../domain/suggest.js';
import type { Task } from '../model/dataset.js';
import type { TaskFilter } from './filter-tasks.js';

/** A text filter that matches no task, and the nearest text the data has (a typo's likely intent). */
export interface UnmatchedFilter {
  option: 'owner' | 'leader' | 'text' | 'ref';
  value: string;
  near?: string;
}

const TEXT_FILTERS: readonly [UnmatchedFilter['option'], (f: TaskFilter) => string | undefined, (t: Task) => (string | undefined)[]][] = [
  ['owner', (f) => f.owner, (t) => [t.record.owner]],
  ['leader', (f) => f.leader, (t) => [t.record.leader]],
  ['text', (f) => f.text, (t) => [t.record.title, t.record.result, t.record.obstacle, t.record.notes]],
  ['ref', (f) => f.ref, (t) => t.record.refs ?? []],
];

/**
 * The first text filter that no task in `tasks` matches: `overdue --owner
 * "Minstry Office"` would otherwise print "No task is overdue" and read as
 * good news. `tasks` is the pool the filter searches (every task of the
 * ministries asked for); a filter that matches some task but none of this
 * report's (nothing overdue for that owner) is a real answer, not a mistake.
 */
export function unmatchedFilter(tasks: readonly Task[], filter: TaskFilter): UnmatchedFilter | undefined {
  for (const [option, valueOf, textsOf] of TEXT_FILTERS) {
    const value = valueOf(filter);
    if (value === undefined) continue;
    const texts = tasks.flatMap(textsOf).filter((t): t is string => t !== undefined);
    if (texts.some((t) => textIncludes(t, value))) continue;
    const near = nearestText(value, texts);
    return near === undefined ? { option, value } : { option, value, near };
  }
  return undefined;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The run of as many words as the query, anywhere in the texts, nearest to it
 * by edit distance once both are folded ("Minstry Office" → "Ministry
 * Office", "Bo Cong na" → "Bộ Công an"); undefined when none is near enough.
 */
export function nearestText(query: string, texts: readonly string[]): string | undefined {
  const folded = foldText(query);
  if (folded === '') return undefined;
  const n = folded.split(' ').length;
  const byFolded = new Map<string, string>();
  for (const text of texts) {
    const words = text.split(/\s+/).map((w) => w.replace(EDGE_PUNCTUATION, '')).filter(Boolean);
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(' ');
      const key = foldText(run);
      if (!byFolded.has(key)) byFolded.set(key, run);
    }
  }
  const near = closest(folded, byFolded.keys());
  return near === undefined ? undefined : byFolded.get(near);
}
