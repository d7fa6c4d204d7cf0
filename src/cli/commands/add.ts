import type { Command } from 'commander';
import type { Checked } from '../../edit/check-edit.js';
import { appendTask, taskIds, type FieldValue } from '../../edit/edit-task.js';
import { nextTaskId } from '../../edit/next-id.js';
import { parseDeadline } from '../../domain/deadline.js';
import { TASK_ID_PATTERN } from '../../validate/schemas.js';
import { closest } from '../../domain/suggest.js';
import { runEditSession, type FileEdit } from '../edit-session.js';
import { dateOption, periodValue } from '../edit-values.js';
import { sayUsageError, sayUserError } from '../../i18n/errors.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';

export function registerAdd(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('add <bodies>')
    .description('add a task to one body, or the same task to several (MOJ,MOH,...): one in each file, with the next free id in each')
    .requiredOption('--title <text>', 'clear work: what is to be done')
    .requiredOption('--owner <text>', 'clear people: the unit responsible')
    .requiredOption('--deadline <deadline>', 'clear time: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, today or tomorrow')
    .option('--id <id>', 'the new task\'s id (one body only; default: the next free id)')
    .option('--depends-on <ids>', 'task ids it waits on, comma-separated')
    .option('--assigned <date>', 'the day it was given: today, tomorrow or YYYY-MM-DD')
    .option('--assigned-by <document>', 'the document that gave it')
    .option('--result <text>', 'clear results: the expected output')
    .action(async (bodiesArg: string, _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const bodies = bodiesArg.split(',').map((b) => b.trim()).filter((b) => b !== '');
      if (bodies.length === 0) throw sayUsageError((w) => w.edit.nameABody);
      if (o.id !== undefined && bodies.length > 1) throw sayUsageError((w) => w.edit.idOneBody);
      const deadline = periodValue(String(o.deadline), ws.asOf);
      if (parseDeadline(deadline) === undefined) throw sayUsageError((w) => w.edit.notDeadline('--deadline', String(o.deadline)));
      const fields: Record<string, FieldValue> = { title: String(o.title), owner: String(o.owner), deadline, status: 'not_started' };
      if (typeof o.result === 'string') fields.result = o.result;
      if (typeof o.dependsOn === 'string') {
        const deps = o.dependsOn.split(',').map((d) => d.trim()).filter((d) => d !== '');
        if (deps.length > 0) fields.depends_on = deps;
      }
      if (typeof o.assigned === 'string') fields.assigned = dateOption('--assigned', o.assigned, ws.asOf);
      if (typeof o.assignedBy === 'string') fields.assigned_by = o.assignedBy;
      const explicitId = typeof o.id === 'string' ? o.id : undefined;
      setExit(await runEditSession(ws, io, o.json === true, (checked) => planAdd(checked, bodies, fields, explicitId)));
    });
}

function planAdd(checked: Checked, bodies: readonly string[], fields: Readonly<Record<string, FieldValue>>, explicitId: string | undefined): FileEdit[] {
  const files = new Map<string, { code: string; file: string }>();
  for (const { source, facts } of checked.files) {
    if (facts.code === undefined) continue;
    files.set(facts.code.toUpperCase(), { code: facts.code, file: source.file });
    if (facts.abbrVi !== undefined) files.set(facts.abbrVi.toUpperCase(), { code: facts.code, file: source.file });
  }
  const taken = new Set(checked.files.flatMap((f) => f.facts.ids));
  const targets = bodies.map((name) => {
    const hit = files.get(name.toUpperCase());
    if (hit === undefined) {
      const near = closest(name, [...new Set([...files.values()].map((v) => v.code))]);
      throw sayUserError((w) => w.edit.noTaskFile(name, near));
    }
    return hit;
  });
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.code)) throw sayUsageError((w) => w.edit.namedTwice(t.code));
    seen.add(t.code);
  }
  if (explicitId !== undefined) {
    if (!TASK_ID_PATTERN.test(explicitId) || !explicitId.startsWith(`${targets[0]!.code}-`)) throw sayUsageError((w) => w.edit.idShape(explicitId, targets[0]!.code));
    if (taken.has(explicitId)) throw sayUserError((w) => w.edit.idTaken(explicitId));
  }
  return targets.map(({ code, file }) => {
    let id = explicitId ?? '';
    return {
      file,
      ids: () => [id],
      apply: (text: string) => {
        id = explicitId ?? nextTaskId(code, taskIds(text), taken);
        taken.add(id);
        const added = appendTask(text, { id, ...fields });
        return { text: added.text, changes: [{ line: added.line, task: id, key: 'id', from: undefined, to: id }] };
      },
    };
  });
}
