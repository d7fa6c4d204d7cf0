import type { LoadedFile } from '../load/parse-source.js';

/** A task id as written in a file's `tasks` list, valid or not, with its place in the list. */
export interface WrittenId {
  id: string;
  index: number;
}

/**
 * The ids a file writes, whatever else is wrong with it: from its data when
 * it could be read, else from the outline its syntax tree still shows. Ids
 * are unique across the dataset and a review's "removed" both count these.
 */
export function writtenIds(loaded: LoadedFile): WrittenId[] {
  if (loaded.value === undefined) return loaded.outline?.ids ?? [];
  const tasks = field(loaded.value, 'tasks');
  if (!Array.isArray(tasks)) return [];
  const ids: WrittenId[] = [];
  tasks.forEach((raw, index) => {
    const id = field(raw, 'id');
    if (typeof id === 'string') ids.push({ id, index });
  });
  return ids;
}

/** The ministry code a file declares, if it declares one as text. */
export function writtenCode(loaded: LoadedFile): string | undefined {
  const code = field(field(loaded.value, 'ministry'), 'code');
  return typeof code === 'string' ? code : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}
