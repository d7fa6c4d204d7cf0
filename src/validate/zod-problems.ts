import type { z } from 'zod';
import type { Locator, Path } from '../load/parse-yaml.js';
import { problem, type Problem } from '../domain/problem.js';
import { closest } from '../domain/suggest.js';
import { STATUSES } from '../domain/status.js';
import { worded, type Worded } from '../i18n/worded.js';

const COMPUTED_STATES = new Set(['overdue', 'at_risk', 'at-risk', 'blocked', 'late']);

/**
 * Turns Zod's issues into problems at the place they were written. `base` is
 * where `value` sits in the file; `knownKeys` lists each object's keys for
 * "did you mean" on an unknown key.
 */
export function zodProblems(
  error: z.ZodError,
  value: unknown,
  base: Path,
  file: string,
  locate: Locator,
  knownKeys: (path: Path) => readonly string[],
  task?: string,
): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const full = [...base, ...path];
    const key = path[path.length - 1];
    if (issue.code === 'unrecognized_keys') {
      for (const unknown of issue.keys) {
        const message = worded('unknownKey', unknown, closest(unknown, knownKeys(path)));
        out.push(problem(file, locate.key([...full, unknown]), 'schema', message, task));
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      // A record's key failed (agencies: {sbv: …}): point at the key and say what a key must be.
      const why = issue.issues[0]?.message ?? issue.message;
      out.push(problem(file, locate.key(full), 'schema', `key "${String(key)}": ${why}`, task));
      continue;
    }
    const parent = valueAt(value, path.slice(0, -1));
    const missing = key !== undefined && typeof parent === 'object' && parent !== null && !Array.isArray(parent) && !(String(key) in parent);
    if (missing) {
      const message = worded('missingKey', String(key));
      out.push(problem(file, locate.value(full.slice(0, -1)), 'schema', message, task));
      continue;
    }
    const actual = valueAt(value, path);
    let message: Worded;
    if (issue.code === 'invalid_value' && key === 'status' && typeof actual === 'string') {
      message = COMPUTED_STATES.has(actual) ? worded('storedState', actual) : worded('unknownStatus', actual, closest(actual, STATUSES));
    } else if (actual === null) {
      message = worded('schemaMessage', issue.message, String(key ?? 'value'), true, null);
    } else if (key !== undefined && typeof actual !== 'object') {
      message = worded('schemaMessage', issue.message, String(key), false, JSON.stringify(actual));
    } else {
      message = worded('schemaMessage', issue.message, String(key ?? 'value'), false, null);
    }
    out.push(problem(file, locate.value(full), 'schema', message, task));
  }
  return out;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
