import type { Command } from 'commander';
import { editTask } from '../../edit/edit-task.js';
import { runEditSession, taskChanges, fileOfTask } from '../edit-session.js';
import { assignment } from '../edit-values.js';
import { sayUsageError } from '../../i18n/errors.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';

export function registerSet(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('set <id> <assignments...>')
    .description('change fields of a task: KEY=VALUE (lists as a,b,c; dates today, tomorrow or YYYY-MM-DD; an empty value removes the key)')
    .action(async (id: string, assignments: string[], _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const edits = assignments.map((a) => assignment(a, ws.asOf));
      const keys = edits.map((e) => e.key);
      const twice = keys.find((k, i) => keys.indexOf(k) !== i);
      if (twice !== undefined) throw sayUsageError((w) => w.edit.givenTwice(twice));
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => [
          {
            file: fileOfTask(checked, id),
            ids: () => [id],
            apply: (text) => {
              const done = editTask(text, id, edits);
              return { text: done.text, changes: taskChanges(id, done.changes) };
            },
          },
        ]),
      );
    });
}
