import type { Command } from 'commander';
import { formatDay } from '../../domain/calendar.js';
import { editTask, type FieldEdit } from '../../edit/edit-task.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { dateOption } from '../edit-values.js';
import { UserError } from '../errors.js';
import type { IO } from '../io.js';
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
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          const edits: FieldEdit[] = [];
          if (task.status === 'done') throw new UserError(`${id} is already done${task.completed === undefined ? '' : ` (completed ${formatDay(task.completed)})`}`);
          if (task.status === 'cancelled') throw new UserError(`${id} is cancelled; to reopen it first: p06 set ${id} status=in_progress`);
          if (task.status === 'recurring') throw new UserError(`${id} is a recurring duty: it is never done; its reports are recorded with "every" and "reported"`);
          edits.push({ key: 'status', value: 'done' }, { key: 'completed', value: on });
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
