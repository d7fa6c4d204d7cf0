import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A data file's name: *.yaml or *.yml, any case. */
export const YAML_FILE = /\.ya?ml$/i;

/**
 * Every *.yaml / *.yml file under `dir`, recursively, as absolute paths in a
 * stable order. Symbolic links are not followed: a link could leave the data
 * directory or loop.
 */
export function findDataFiles(dir: string, unlisted: string[] = []): string[] {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      // A folder that cannot be listed is named, not a crash; the rest is still read.
      unlisted.push(current);
      continue;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(full);
    }
  }
  return found.sort();
}
