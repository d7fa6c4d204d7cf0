import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatDay, parseDay, todayIn, type Day } from '../calendar.js';
import { findConfig } from '../load/find-config.js';
import { parseSource, type LoadedFile } from '../load/parse-source.js';
import { displayPath, isDirectory, readDataDir, readSource } from '../load/read-sources.js';
import type { Problem } from '../problem.js';
import { DEFAULT_SETTINGS, validateConfig, type Settings } from '../validate/validate-config.js';
import { validateDataset, type Validation } from '../validate/validate-dataset.js';
import { UsageError, UserError } from './errors.js';
import type { IO } from './io.js';

export interface GlobalOptions {
  data?: string;
  config?: string;
  asOf?: string;
  json?: boolean;
  color?: boolean;
  skipInvalid?: boolean;
}

/** Where the data is, what the settings are and what day it is: resolved once per run. */
export interface Workspace {
  cwd: string;
  configFile?: string;
  settings: Settings;
  configProblems: Problem[];
  dataDir: string;
  /** The date reports are computed for. */
  asOf: Day;
  /** Today in the configured zone, whatever --as-of says. */
  today: Day;
}

const CONFIG_LIMIT = 1024 * 1024;

export function parseAsOf(text: string): Day {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDay(text) : undefined;
  if (day === undefined) throw new UsageError(`--as-of ${JSON.stringify(text)} is not a date: write YYYY-MM-DD, e.g. --as-of 2024-02-01`);
  return day;
}

export function openWorkspace(options: GlobalOptions, io: IO): Workspace {
  const asOfFlag = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
  const configFile = options.config !== undefined ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  if (options.config !== undefined && !existsSync(configFile!)) throw new UserError(`configuration file ${options.config} does not exist`);
  let settings = DEFAULT_SETTINGS;
  let configProblems: Problem[] = [];
  if (configFile !== undefined) {
    ({ settings, problems: configProblems } = validateConfig(parseSource(readSource(configFile, io.cwd, CONFIG_LIMIT), CONFIG_LIMIT)));
  }
  const base = configFile !== undefined ? dirname(configFile) : io.cwd;
  const dataDir = options.data !== undefined ? resolve(io.cwd, options.data) : resolve(base, settings.data ?? 'data');
  const today = todayIn(settings.timezone, io.now());
  const ws: Workspace = { cwd: io.cwd, settings, configProblems, dataDir, asOf: asOfFlag ?? today, today };
  if (configFile !== undefined) ws.configFile = configFile;
  return ws;
}

export interface LoadedData {
  loaded: LoadedFile[];
  validation: Validation;
}

/**
 * Reads and validates the data directory. `checkAsOf` is the day after which
 * a completion date is an error.
 */
export function loadData(ws: Workspace, checkAsOf: Day): LoadedData {
  if (!isDirectory(ws.dataDir)) {
    throw new UserError(`data directory ${displayPath(ws.cwd, ws.dataDir)} does not exist (set it with --data or "data:" in p06.yaml)`);
  }
  const max = ws.settings.maxFileBytes;
  const loaded = readDataDir(ws.dataDir, ws.cwd, max).map((source) => parseSource(source, max));
  const validation = validateDataset(loaded, { asOf: checkAsOf, agencies: ws.settings.agencies });
  return { loaded, validation };
}

export function describeDay(day: Day): string {
  return formatDay(day);
}
