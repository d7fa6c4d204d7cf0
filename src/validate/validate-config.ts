import { isTimeZone } from '../domain/calendar.js';
import type { LoadedFile } from '../load/parse-source.js';
import { compareProblems, problem, type Problem } from '../domain/problem.js';
import { ConfigSchema } from './schemas.js';
import { zodProblems } from './zod-problems.js';

import { DEFAULT_AT_RISK_DAYS, DEFAULT_ESCALATE_AFTER_DAYS, DEFAULT_MAX_FILE_BYTES, DEFAULT_SETTINGS, type Settings } from './settings.js';
import { worded } from '../i18n/worded.js';

const CONFIG_KEYS = Object.keys(ConfigSchema.shape);

/** p06.yaml is validated like the data: every problem with its position. */
export function validateConfig(loaded: LoadedFile): { settings: Settings; problems: Problem[] } {
  const problems = [...loaded.problems];
  const { value, file, locate } = loaded;
  if (value === undefined || value === null) return { settings: DEFAULT_SETTINGS, problems };
  // Checked whether or not the rest is valid, so one run names every problem.
  const zone = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).timezone : undefined;
  const badZone = typeof zone === 'string' && zone !== '' && !isTimeZone(zone);
  if (badZone) {
    problems.push(problem(file, locate.value(['timezone']), 'schema', worded('unknownTimeZone', zone)));
  }
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, value, [], file, locate, () => CONFIG_KEYS));
    return { settings: DEFAULT_SETTINGS, problems: problems.sort(compareProblems) };
  }
  const c = parsed.data;
  const settings: Settings = {
    atRiskDays: c.at_risk_days ?? DEFAULT_AT_RISK_DAYS,
    maxFileBytes: c.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES,
    agencies: { ...c.agencies },
    requireLeader: c.require_leader ?? false,
    escalateAfterDays: c.escalate_after_days ?? DEFAULT_ESCALATE_AFTER_DAYS,
  };
  if (c.data !== undefined) settings.data = c.data;
  if (c.lang !== undefined) settings.lang = c.lang;
  // An unknown zone is reported above and never used: Intl would throw when asked for today there.
  if (c.timezone !== undefined && !badZone) settings.timezone = c.timezone;
  return { settings, problems };
}

