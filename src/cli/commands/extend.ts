import type { Command } from 'commander';
import { editTask, type ExtensionValue } from '../../edit/edit-task.js';
import { parseDeadline } from '../../domain/deadline.js';
import { isOpen } from '../../domain/status.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { dateOption, periodValue } from '../edit-values.js';
import { sayUsageError, sayUserError } from '../../i18n/errors.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';
import { taskRecord } from './task-lookup.js';

export function registerExtend(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('extend <id>')
    .description('move an open task\'s deadline later, recording the extension (from, reason, approved) as review requires')
    .requiredOption('--to <deadline>', 'the new deadline: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, today or tomorrow')
    .requiredOption('--reason <text>', 'why the deadline moves')
    .option('--approved <date>', 'when the extension was approved: today, tomorrow or YYYY-MM-DD')
    .action(async (id: string, _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const to = periodValue(String(o.to), ws.asOf);
      const next = parseDeadline(to);
      if (next === undefined) throw sayUsageError((w) => w.edit.notDeadline('--to', String(o.to)));
      const reason = String(o.reason).trim();
      if (reason === '') throw sayUsageError((w) => w.edit.reasonMoves);
      const approved = typeof o.approved === 'string' ? dateOption('--approved', o.approved, ws.asOf) : undefined;
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          if (!isOpen(task.status)) throw sayUserError((w) => w.edit.onlyOpenExtended(id, task.status));
          const deadline = task.deadline;
          if (deadline === undefined) throw sayUserError((w) => w.edit.noDeadlineToExtend(id));
          if (next.due <= deadline.due) throw sayUserError((w) => w.edit.notLater(next.text, deadline.text, id));
          // "from" as the file writes the deadline: a year stays a number, as review compares due dates either way.
          const from = /^\d{4}$/.test(deadline.text) ? Number(deadline.text) : deadline.text;
          const entry: ExtensionValue = approved === undefined ? { from, reason } : { from, reason, approved };
          return [
            {
              file: task.file,
              ids: () => [id],
              apply: (text) => {
                const r = editTask(text, id, [
                  { key: 'deadline', value: to },
                  { key: 'extensions', value: [entry], append: true },
                ]);
                const changes = taskChanges(id, r.changes).map((c) => (c.key === 'extensions' ? { ...c, from: undefined, to: entry } : c));
                return { text: r.text, changes };
              },
            },
          ];
        }),
      );
    });
}
