import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { makeDirs } from './make-dirs.js';

/**
 * A content-addressed store of what loading and validation produced, in the
 * spirit of `eslint --cache`. An entry is found only by the hash of
 * everything it was computed from, so it can never be stale; a corrupt,
 * truncated or half-written entry is ignored, and any failure to read or
 * write simply means a cold run.
 */
export interface CacheStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const ENTRY_FORMAT = 1;
const KEEP_ENTRIES = 32;

export const noCache: CacheStore = { get: () => undefined, set: () => {} };

/** Where users expect a per-user cache: P06_CACHE_DIR, else $XDG_CACHE_HOME/p06, else ~/.cache/p06. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.P06_CACHE_DIR) return env.P06_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'p06');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'p06', 'cache');
  return join(homedir(), '.cache', 'p06');
}

export function hashKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    // Length-prefixed, so ["ab", "c"] and ["a", "bc"] hash differently.
    hash.update(String(typeof part === 'string' ? Buffer.byteLength(part) : part.length) + ':');
    hash.update(part);
  }
  return hash.digest('hex');
}

export function fileCache(dir: string): CacheStore {
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(path(key), 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
        return entry.format === ENTRY_FORMAT && entry.key === key ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        makeDirs(dir);
        // Written beside and renamed into place: a reader sees the old entry or the whole new one.
        const temp = join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
        writeFileSync(temp, JSON.stringify({ format: ENTRY_FORMAT, key, value }));
        renameSync(temp, path(key));
        prune(dir);
      } catch {
        // A cache that cannot be written costs speed, never correctness.
      }
    },
  };
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (entries.length <= KEEP_ENTRIES) return;
  const byAge = entries.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, entries.length - KEEP_ENTRIES)) {
    try {
      unlinkSync(join(dir, f));
    } catch {
      // another run pruned it first
    }
  }
}
