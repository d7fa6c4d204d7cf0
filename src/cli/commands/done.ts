import type { Command } from 'commander';
import { formatDay, parseDay, type Day } from '../../domain/calendar.js';
import { formatPeriod, parsePeriod, periodOf, PERIOD_EXAMPLE } from '../../domain/period.js';
import type { TaskRecord } from '../../domain/records.js';
import { editTask, type FieldEdit } from '../../edit/edit-task.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { dateOption, periodValue } from '../edit-values.js';
import { sayUsageError, sayUserError } from '../../i18n/errors.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';
import { taskRecord } from './task-lookup.js';

export function registerDone(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('done <id>')
    .description('mark a task done (status and completion date); for a recurring duty, record the period reported')
    .option('--on <date>', 'the day it was done: today, tomorrow or YYYY-MM-DD (default: today)')
    .option('--result <text>', 'what it produced (sets "result")')
    .option('--period <period>', 'recurring duties: the period reported on, e.g. 2024-Q3 (default: the last period that has ended)')
    .action(async (id: string, _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const on = typeof o.on === 'string' ? dateOption('--on', o.on, ws.asOf) : formatDay(ws.asOf);
      const period = typeof o.period === 'string' ? o.period.trim() : undefined;
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          const edits: FieldEdit[] =
            task.status === 'recurring' ? reportEdits(task, period, parseDay(on)!, ws.asOf) : completionEdits(task, period, on);
          if (typeof o.result === 'string') edits.push({ key: 'result', value: o.result });
          return [
            {
              file: task.file,
              ids: () => [id],
              apply: (text) => {
                const r = editTask(text, id, edits);
                return { text: r.text, changes: taskChanges(id, r.changes) };
              },
            },
          ];
        }),
      );
    });
}

function completionEdits(task: TaskRecord, period: string | undefined, on: string): FieldEdit[] {
  const id = task.id;
  if (period !== undefined) throw sayUsageError((w) => w.edit.periodNotRecurring(id, task.status));
  if (task.status === 'done') {
    const completed = task.completed;
    throw sayUserError((w) => w.edit.alreadyDone(id, completed === undefined ? undefined : w.day(completed)));
  }
  if (task.status === 'cancelled') throw sayUserError((w) => w.edit.cancelledReopen(id));
  return [
    { key: 'status', value: 'done' },
    { key: 'completed', value: on },
  ];
}

/**
 * SPEC §12: a recurring duty is never done; `done` records the period its
 * report covers in `reported` (the last period reported on), by default the
 * last period that has ended on the day of the report. A period already
 * recorded, or one that has not begun, is refused: `reported` never moves
 * back, and a report cannot cover a period still to come.
 */
function reportEdits(task: TaskRecord, period: string | undefined, on: Day, today: Day): FieldEdit[] {
  const id = task.id;
  const every = task.every;
  if (every === undefined) {
    throw sayUserError((w) => w.edit.noEvery(id));
  }
  let index: number;
  if (period === undefined) index = periodOf(on, every) - 1;
  else {
    const parsed = parsePeriod(period, every);
    if (parsed === undefined) throw sayUsageError((w) => w.edit.notPeriod(period, every, id, PERIOD_EXAMPLE[every]));
    index = parsed;
  }
  const current = periodOf(Math.max(on, today), every);
  if (index > current) throw sayUserError((w) => w.edit.notBegun(w.exports.period(formatPeriod(index, every)), every, w.exports.period(formatPeriod(current, every))));
  if (task.reported !== undefined && index <= task.reported.period) {
    const asked = formatPeriod(index, every);
    const reported = task.reported;
    throw sayUserError((w) =>
      index === reported.period ? w.edit.alreadyReported(id, w.exports.period(asked)) : w.edit.reportedNeverBack(id, w.exports.period(reported.text), w.exports.period(asked)),
    );
  }
  return [{ key: 'reported', value: periodValue(formatPeriod(index, every), today) }];
}
