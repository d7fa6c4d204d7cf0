import type { Command } from 'commander';
import { formatDay } from '../../domain/calendar.js';
import { editTask } from '../../edit/edit-task.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { UsageError, UserError } from '../errors.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';
import { taskRecord } from './task-lookup.js';

export function registerCancel(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('cancel <id>')
    .description('cancel a task (tasks are never deleted); the reason is recorded in its notes with the day')
    .requiredOption('--reason <text>', 'why the task is cancelled')
    .action(async (id: string, _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const reason = String(o.reason).trim();
      if (reason === '') throw new UsageError('--reason must say why the task is cancelled');
      const note = `Cancelled on ${formatDay(ws.asOf)}: ${reason}`;
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          if (task.status === 'cancelled') throw new UserError(`${id} is already cancelled`);
          if (task.status === 'done') throw new UserError(`${id} is done${task.completed === undefined ? '' : ` (completed ${formatDay(task.completed)})`}; a done task stays done`);
          // The reason goes where people read free text: after what the notes already say.
          const notes = task.notes === undefined || task.notes.trim() === '' ? note : task.notes.endsWith('\n') ? `${task.notes}${note}\n` : `${task.notes} ${note}`;
          return [
            {
              file: task.file,
              ids: () => [id],
              apply: (text) => {
                const r = editTask(text, id, [
                  { key: 'status', value: 'cancelled' },
                  { key: 'notes', value: notes },
                ]);
                return { text: r.text, changes: taskChanges(id, r.changes) };
              },
            },
          ];
        }),
      );
    });
}
