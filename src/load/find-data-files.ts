import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A data file's name: *.yaml or *.yml, any case. */
export const YAML_FILE = /\.ya?ml$/i;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A name as bytes, shown with each byte that is not valid UTF-8 as \xHH (never with a replacement character). */
export function escapeName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    // The longest valid UTF-8 run from here, then one escaped byte.
    let end = i;
    for (let len = 4; len >= 1; len--) {
      try {
        if (i + len <= bytes.length) {
          strictUtf8.decode(bytes.subarray(i, i + len));
          end = i + len;
          break;
        }
      } catch {
        // not a whole character of this length
      }
    }
    if (end > i) {
      out += strictUtf8.decode(bytes.subarray(i, end));
      i = end;
    } else {
      out += `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** A file whose name is not valid UTF-8: it cannot be named as text, so it is reported, not read. */
export interface MisnamedFile {
  /** The path with the name's invalid bytes shown as \xHH. */
  shown: string;
}

/**
 * Every *.yaml / *.yml file under `dir`, recursively, as absolute paths in a
 * stable order. Symbolic links are not followed: a link could leave the data
 * directory or loop. Names are read as bytes: a name that is not UTF-8 would
 * otherwise be decoded with replacement characters and then not be found.
 */
export function findDataFiles(dir: string, unlisted: string[] = [], misnamed: MisnamedFile[] = []): string[] {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      // A folder that cannot be listed is named, not a crash; the rest is still read.
      unlisted.push(current);
      continue;
    }
    for (const entry of entries) {
      const raw = entry.name as unknown as Buffer;
      let name: string;
      try {
        name = strictUtf8.decode(raw);
      } catch {
        const shown = join(current, escapeName(raw));
        if (entry.isDirectory() || (entry.isFile() && YAML_FILE.test(shown))) misnamed.push({ shown });
        continue;
      }
      const full = join(current, name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && YAML_FILE.test(name)) found.push(full);
    }
  }
  return found.sort();
}
