import type { Day } from '../domain/calendar.js';
import { dateWord } from '../edit/date-word.js';
import type { FieldEdit, ScalarValue } from '../edit/edit-task.js';
import { LIST_KEYS, TASK_KEYS } from '../edit/key-order.js';
import { closest } from '../domain/suggest.js';
import { sayUsageError, sayUserError } from '../i18n/errors.js';

// Command-line values turned into field values: lists as a,b,c, dates as
// today / tomorrow / YYYY-MM-DD, a four-digit year as the number YAML would
// read it as (so the file says `deadline: 2025`, as people write it).

const DATE_KEYS = new Set(['completed', 'assigned']);
const PERIOD_KEYS = new Set(['deadline', 'reported']);

/** A date given to a command: today, tomorrow or YYYY-MM-DD; anything else is a usage error. */
export function dateOption(flag: string, text: string, today: Day): string {
  const day = dateWord(text, today);
  if (day === undefined) throw sayUsageError((w) => w.edit.notDate(flag, text));
  return day;
}

/** A deadline or period given to a command: today/tomorrow as a day, a year as a number, else as written. */
export function periodValue(text: string, today: Day): ScalarValue {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return Number(trimmed);
  return /^(today|tomorrow)$/i.test(trimmed) ? dateWord(trimmed, today)! : trimmed;
}

/** `KEY=VALUE` from `p06 set`; an empty value removes the key. */
export function assignment(arg: string, today: Day): FieldEdit {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw sayUsageError((w) => w.edit.notKeyValue(arg));
  const key = arg.slice(0, eq).trim();
  const raw = arg.slice(eq + 1);
  if (!TASK_KEYS.includes(key)) {
    const near = closest(key, TASK_KEYS);
    throw sayUsageError((w) => w.edit.unknownKey(key, near, TASK_KEYS.join(', ')));
  }
  if (key === 'id') throw sayUserError((w) => w.edit.idForLife);
  if (key === 'extensions') throw sayUserError((w) => w.edit.extensionsAreHistory);
  if (raw.trim() === '') return { key };
  if (LIST_KEYS.has(key)) return { key, value: raw.split(',').map((s) => s.trim()).filter((s) => s !== '') };
  if (DATE_KEYS.has(key)) return { key, value: dateWord(raw, today) ?? raw };
  if (PERIOD_KEYS.has(key)) return { key, value: periodValue(raw, today) };
  return { key, value: raw };
}
