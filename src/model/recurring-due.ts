import type { Day } from '../domain/calendar.js';
import { periodEnd, periodOf, type Every } from '../domain/period.js';
import type { TaskRecord } from '../domain/records.js';

/** Where a recurring duty with `every` stands on one day. */
export interface RecurringDue {
  /** The end of the first period not yet reported on: when that report was or is due. */
  due: Day;
  /** Periods that have ended without a report (0 when the duty is up to date). */
  missing: number;
  /** The first period not yet reported on, as an index of `every`. */
  firstUnreported: number;
}

/**
 * SPEC §10: the report for each period is due on its last day, and a period
 * that has ended unreported makes the duty overdue. The first period due is
 * the one after `reported`, else the one the duty was assigned in; with
 * neither, p06 cannot tell which periods were owed, and says nothing
 * (undefined) rather than guess.
 */
export function recurringDue(record: Pick<TaskRecord, 'every' | 'reported' | 'assigned'>, asOf: Day): RecurringDue | undefined {
  const every: Every | undefined = record.every;
  if (every === undefined) return undefined;
  let firstUnreported: number;
  if (record.reported !== undefined) firstUnreported = record.reported.period + 1;
  else if (record.assigned !== undefined) firstUnreported = periodOf(record.assigned, every);
  else return undefined;
  // The period holding asOf has not ended (its report is due on its last day, overdue the day after).
  const lastEnded = periodOf(asOf, every) - 1;
  const missing = Math.max(0, lastEnded - firstUnreported + 1);
  return { due: periodEnd(firstUnreported, every), missing, firstUnreported };
}
