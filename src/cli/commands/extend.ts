import type { Command } from 'commander';
import { editTask, type ExtensionValue } from '../../edit/edit-task.js';
import { parseDeadline } from '../../domain/deadline.js';
import { isOpen } from '../../domain/status.js';
import { runEditSession, taskChanges } from '../edit-session.js';
import { dateOption, periodValue } from '../edit-values.js';
import { UsageError, UserError } from '../errors.js';
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
      if (next === undefined) throw new UsageError(`--to ${JSON.stringify(String(o.to))} is not a deadline: write YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY`);
      const reason = String(o.reason).trim();
      if (reason === '') throw new UsageError('--reason must say why the deadline moves');
      const approved = typeof o.approved === 'string' ? dateOption('--approved', o.approved, ws.asOf) : undefined;
      setExit(
        await runEditSession(ws, io, o.json === true, (checked) => {
          const task = taskRecord(checked, id);
          if (!isOpen(task.status)) throw new UserError(`${id} is ${task.status}: only an open task's deadline is extended`);
          if (task.deadline === undefined) throw new UserError(`${id} has no deadline to extend; give it one with p06 set ${id} deadline=...`);
          if (next.due <= task.deadline.due) {
            throw new UserError(`--to ${next.text} is not later than the deadline ${task.deadline.text}: an extension moves a deadline later (an earlier deadline needs no record: p06 set ${id} deadline=${next.text})`);
          }
          // "from" as the file writes the deadline: a year stays a number, as review compares due dates either way.
          const from = /^\d{4}$/.test(task.deadline.text) ? Number(task.deadline.text) : task.deadline.text;
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
