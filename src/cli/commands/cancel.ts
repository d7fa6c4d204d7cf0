import type { Command } from 'commander';
import { editTask } from '../../edit/edit-task.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { sayUsageError, sayUserError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
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
      if (reason === '') throw sayUsageError((w) => w.edit.reasonCancelled);
      // The note is written in the reader's language, as the rest of what they write in the file.
      const words = await wordsFor(ws.lang);
      const note = words.edit.cancelledNote(words.day(ws.asOf), reason);
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          if (task.status === 'cancelled') throw sayUserError((w) => w.edit.alreadyCancelled(id));
          if (task.status === 'done') {
            const completed = task.completed;
            throw sayUserError((w) => w.edit.doneStaysDone(id, completed === undefined ? undefined : w.day(completed)));
          }
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
