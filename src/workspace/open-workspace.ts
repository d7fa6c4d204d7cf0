import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { todayIn, type Day } from '../domain/calendar.js';
import { fileCache, cacheDir, hashKey, noCache, type CacheStore } from '../load/cache-store.js';
import { findConfig } from '../load/find-config.js';
import { dataDirFromConfig } from '../load/resolve-data-dir.js';
import { budgetOf, displayPath, isDirectory, listDataDir, MAX_TOTAL_BYTES, readDataDir, readEntry, readSource, REVIEW_SIDE_BYTES, sourceKeyParts, type Budget, type DataEntry, type SourceFile } from '../load/read-sources.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { isCheckedConfig, isValidation } from '../validate/cached-shapes.js';
import { datesInFuture, latestDate } from '../validate/completed-in-future.js';
import { DEFAULT_SETTINGS, type Settings } from '../validate/settings.js';
import type { Validation } from '../validate/validate-dataset.js';
import { BUILD, VERSION } from '../domain/version.js';
import { sayUserError, userError } from '../i18n/errors.js';
import type { Lang } from '../i18n/langs.js';

/** What decides the workspace: the command line's choices and the world outside, passed in (nothing here reads env or the clock). */
export interface WorkspaceOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** Today in a zone at `now`: the CLI may pass a cheaper road than Intl's to the same date. */
  todayIn?: (zone: string | undefined, now: Date) => Day;
  data?: string;
  config?: string;
  asOf?: Day;
  /** false with --no-cache. */
  cache: boolean;
  /** --lang; else `lang:` in p06.yaml; else English. */
  lang?: Lang;
}

/** Where the data is, what the settings are and what day it is: resolved once per run. */
export interface Workspace {
  cwd: string;
  /** The data folder came from --data (the command line), not from p06.yaml. */
  dataFromFlag: boolean;
  configFile?: string;
  settings: Settings;
  configProblems: Problem[];
  dataDir: string;
  /** The date reports are computed for. */
  asOf: Day;
  /** Today in the configured zone, whatever --as-of says; computed on first use (Intl's zone data is slow to load). */
  today(): Day;
  /** The wall clock, to rule a date out cheaply before asking Intl. */
  now: Date;
  cache: CacheStore;
  /** The language of what a person reads. */
  lang: Lang;
  /** Told how many files of how many a cold load has checked (the CLI shows it on a terminal). */
  progress?: (done: number, total: number) => void;
}

export const CONFIG_LIMIT = 1024 * 1024;

const coldPath = () => import('./cold-path.js');

/** Where the data is, what the settings say and what day it is; config problems are values, for the caller to show. */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const { cwd } = options;
  const cache = options.cache === false ? noCache : fileCache(cacheDir(options.env));
  const configFile = options.config !== undefined ? resolve(cwd, options.config) : findConfig(cwd);
  if (options.config !== undefined && !existsSync(configFile!)) {
    const file = options.config;
    throw sayUserError((w) => w.errors.configMissing(file));
  }
  let settings = DEFAULT_SETTINGS;
  let configProblems: Problem[] = [];
  if (configFile !== undefined) {
    const source = readSource(configFile, cwd, CONFIG_LIMIT);
    if (source.error !== undefined) {
      const why = source.error;
      throw sayUserError((w) => w.errors.configUnreadable(source.file, why));
    }
    const key = hashKey([VERSION, BUILD, 'config', source.file, String(source.size), source.bytes ?? '']);
    let checked = cache.get(key, isCheckedConfig);
    if (checked === undefined) {
      checked = (await coldPath()).validateConfigSource(source, CONFIG_LIMIT);
      cache.set(key, checked);
    }
    ({ settings, problems: configProblems } = checked);
  }
  const base = configFile !== undefined ? dirname(configFile) : cwd;
  let dataDir: string;
  if (options.data !== undefined) dataDir = resolve(cwd, options.data);
  else {
    const written = settings.data ?? 'data';
    const fromConfig = dataDirFromConfig(base, written);
    if (!fromConfig.ok) throw sayUserError((w) => w.errors.dataOutside(written));
    dataDir = fromConfig.dir;
  }
  const now = options.now;
  let today: Day | undefined;
  const todayOnce = () => (today ??= (options.todayIn ?? todayIn)(settings.timezone, now));
  const lang = options.lang ?? settings.lang ?? 'en';
  const ws: Workspace = { cwd, dataFromFlag: options.data !== undefined, settings, configProblems, dataDir, asOf: options.asOf ?? todayOnce(), today: todayOnce, now, cache, lang };
  if (configFile !== undefined) ws.configFile = configFile;
  return ws;
}

/**
 * Reads and validates the data directory. The result is cached under the hash
 * of every file's path and bytes, p06's version and the settings that matter.
 * A completion after as_of is an error for `validate`; a report may look back
 * (`lookBack`), so for it only a completion after today is.
 */
export async function loadData(ws: Workspace, lookBack: boolean, read: (entry: DataEntry, budget: Budget) => SourceFile = (e, b) => readEntry(e, ws.cwd, ws.settings.maxFileBytes, b)): Promise<Validation> {
  const max = ws.settings.maxFileBytes;
  const entries = dataEntries(ws);
  const options = { agencies: ws.settings.agencies, requireLeader: ws.settings.requireLeader };
  // The key from each file in turn, read, hashed and let go, so that no run
  // holds every file's bytes at once (a cache hit reads each file once);
  // the same reads again, one file at a time, on a miss.
  const budget = budgetOf(MAX_TOTAL_BYTES);
  const digests = entries.map((e) => hashKey(sourceKeyParts(read(e, budget))));
  const key = hashKey([VERSION, BUILD, 'data', JSON.stringify({ max, agencies: options.agencies, requireLeader: options.requireLeader }), ...digests]);
  let validation = ws.cache.get(key, isValidation);
  if (validation === undefined) {
    let changed = false;
    const again = budgetOf(MAX_TOTAL_BYTES);
    function* sources() {
      for (let i = 0; i < entries.length; i++) {
        const source = read(entries[i]!, again);
        if (hashKey(sourceKeyParts(source)) !== digests[i]) changed = true;
        yield source;
      }
    }
    validation = (await coldPath()).validateSources(sources(), entries.length, max, options, ws.progress);
    // A file edited between the two reads: this is the second read's result, not the key's.
    if (!changed) ws.cache.set(key, validation);
  }
  return withCompletedInFuture(validation, ws, lookBack);
}

/** The data folder's files, not read yet; a missing or empty folder is the user's to fix. */
function dataEntries(ws: Workspace): DataEntry[] {
  if (!isDirectory(ws.dataDir)) {
    throw userError('dataDirMissing', displayPath(ws.cwd, ws.dataDir));
  }
  const entries = listDataDir(ws.dataDir, ws.cwd);
  if (entries.length === 0) throw noTaskFiles(ws);
  return entries;
}

// An empty folder is almost always the wrong folder: "0 errors" would read as "all is well".
const noTaskFiles = (ws: Workspace) => {
  const dir = displayPath(ws.cwd, ws.dataDir);
  return sayUserError((w) => w.errors.noTaskFiles(dir, ws.dataDir));
};

/** The data directory's files as they are on disk; a missing directory is the user's to fix. */
/** The data files of the working tree; `side` reads them as one side of a review (REVIEW_SIDE_BYTES in all). */
export function readDataSources(ws: Workspace, side = false): SourceFile[] {
  if (!isDirectory(ws.dataDir)) {
    throw userError('dataDirMissing', displayPath(ws.cwd, ws.dataDir));
  }
  const sources = side ? readDataDir(ws.dataDir, ws.cwd, ws.settings.maxFileBytes, REVIEW_SIDE_BYTES, true) : readDataDir(ws.dataDir, ws.cwd, ws.settings.maxFileBytes);
  if (sources.length === 0) throw noTaskFiles(ws);
  return sources;
}

const MS_PER_DAY = 86_400_000;

function withCompletedInFuture(validation: Validation, ws: Workspace, lookBack: boolean): Validation {
  let late = validation.tasks.filter((t) => latestDate(t) > ws.asOf);
  if (lookBack) {
    // Today in any zone is at least yesterday in UTC: only a later date needs Intl.
    const utcYesterday = Math.floor(ws.now.getTime() / MS_PER_DAY) - 1;
    late = late.filter((t) => latestDate(t) > utcYesterday);
  }
  if (late.length === 0) return validation;
  const limit = lookBack ? Math.max(ws.asOf, ws.today()) : ws.asOf;
  const extra = datesInFuture(late, limit, limit === ws.asOf ? 'as of' : 'today');
  if (extra.length === 0) return validation;
  const files = validation.files.map((f) => ({ ...f, errors: f.errors + extra.filter((p) => p.file === f.file).length }));
  return { ...validation, files, problems: [...validation.problems, ...extra].sort(compareProblems) };
}
