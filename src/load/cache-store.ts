import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { makeDirs } from './make-dirs.js';
import { writeFileChecked } from './write-file-checked.js';

/**
 * A content-addressed store of what loading and validation produced, in the
 * spirit of `eslint --cache`. An entry is found only by the hash of
 * everything it was computed from, so it can never be stale; a corrupt,
 * truncated, half-written or wrongly shaped entry is ignored, and any failure
 * to read or write simply means a cold run.
 *
 * Trust: an entry decides what `validate` says, so the folder is trusted as
 * far as the user's home is. It is made readable and writable by the user
 * alone, and a folder that someone else owns or that anyone may write is not
 * used at all; every entry's shape is checked (`accept`) before use.
 */
export interface CacheStore {
  /** The value stored under `key`, if there is one and `accept` says it has the right shape. */
  get<T>(key: string, accept: (value: unknown) => value is T): T | undefined;
  set(key: string, value: unknown): void;
}

const ENTRY_FORMAT = 1;
const KEEP_ENTRIES = 32;
/** p06's own entries, and nothing else in the folder: pruning touches only these. */
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
/** A temporary file of a write that never finished (the process was killed): removed once it is this old. */
const TEMP_NAME = /^\.[0-9a-f]{64}(?:\.json)?\.\d+\.[0-9a-f]{8}\.tmp$/;
const STALE_TEMP_MS = 10 * 60 * 1000;

export const noCache: CacheStore = { get: () => undefined, set: () => {} };

/**
 * Where users expect a per-user cache: P06_CACHE_DIR, else $XDG_CACHE_HOME/p06,
 * else ~/.cache/p06; undefined when there is no such place. A relative
 * XDG_CACHE_HOME is ignored, as the XDG spec says, and an empty or relative
 * home is no home: the cache must never land in the working folder (the data
 * repository).
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>>, home: () => string = homedir): string | undefined {
  if (env.P06_CACHE_DIR) return env.P06_CACHE_DIR;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'p06');
  if (process.platform === 'win32' && env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, 'p06', 'cache');
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  return dir && isAbsolute(dir) ? join(dir, '.cache', 'p06') : undefined;
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

/** The user's own folder, not writable by others: the only kind whose entries are trusted. */
function trusted(dir: string): boolean {
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== 'function') return true;
    // Group-writable is allowed: with a private group per user (Debian's default umask 002) the group is the user.
    return st.uid === process.getuid() && (st.mode & 0o002) === 0;
  } catch {
    return false;
  }
}

export function fileCache(dir: string | undefined): CacheStore {
  if (dir === undefined) return noCache;
  const path = (key: string) => join(dir, `${key}.json`);
  let usable: boolean | undefined;
  const ready = () => (usable ??= trusted(dir));
  return {
    get(key, accept) {
      try {
        if (!ENTRY_NAME.test(`${key}.json`) || !ready()) return undefined;
        const entry = JSON.parse(readFileSync(path(key), 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
        if (typeof entry !== 'object' || entry === null || entry.format !== ENTRY_FORMAT || entry.key !== key) return undefined;
        return accept(entry.value) ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      if (!ENTRY_NAME.test(`${key}.json`)) return;
      try {
        makeDirs(dir, 0o700);
        usable = undefined;
        if (!ready()) return;
        // Written whole beside and renamed into place: a reader sees the old entry or the whole new one.
        writeFileChecked(path(key), Buffer.from(JSON.stringify({ format: ENTRY_FORMAT, key, value })), { display: path(key), fsync: false, mode: 0o600 });
        prune(dir);
      } catch {
        // A cache that cannot be written costs speed, never correctness; the writer
        // leaves no half-written temporary file behind (a full disk).
      }
    },
  };
}

function prune(dir: string): void {
  const names = readdirSync(dir);
  const now = Date.now();
  for (const f of names.filter((n) => TEMP_NAME.test(n))) {
    try {
      if (now - statSync(join(dir, f)).mtimeMs > STALE_TEMP_MS) unlinkSync(join(dir, f));
    } catch {
      // gone already
    }
  }
  const entries = names.filter((f) => ENTRY_NAME.test(f));
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
