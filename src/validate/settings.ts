// Settings and their defaults, free of Zod and YAML so a cached run needs neither.

import type { Lang } from '../i18n/langs.js';

export const DEFAULT_AT_RISK_DAYS = 14;
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/**
 * The largest max_file_bytes p06 accepts: the YAML parser needs tens of
 * times a file's size in memory, so a larger file would exhaust the heap
 * rather than be read.
 */
export const MAX_FILE_BYTES_LIMIT = 16 * 1024 * 1024;
export const DEFAULT_ESCALATE_AFTER_DAYS = 90;

export interface Settings {
  /** Data directory as written (relative to the configuration's folder), or undefined for the default. */
  data?: string;
  timezone?: string;
  atRiskDays: number;
  maxFileBytes: number;
  agencies: Record<string, string>;
  /** The language of what a person reads, when p06.yaml sets one. */
  lang?: Lang;
  /** A task without a named leader is a warning (SPEC §10). */
  requireLeader: boolean;
  /** Overdue longer than this needs a decision above the owner (the brief's "decisions needed"). */
  escalateAfterDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  atRiskDays: DEFAULT_AT_RISK_DAYS,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  agencies: {},
  requireLeader: false,
  escalateAfterDays: DEFAULT_ESCALATE_AFTER_DAYS,
};
