import { formatDay } from '../domain/calendar.js';
import type { Locator, Path } from '../load/parse-yaml.js';
import { problem, type Problem, type RuleId } from '../domain/problem.js';
import type { ExtensionRecord, TaskRecord } from '../domain/records.js';
import { isOpen } from '../domain/status.js';

// The programme's promises (SPEC §4.1) for a task that exists at both
// revisions: a deadline moves later only with the extension on record, the
// record of past extensions is never rewritten, and a done task stays done.
// task-removed needs the whole dataset and lives in review.ts.


/** Problems on the head's lines: `locate` is the head file's locator. */
export function promiseProblems(base: TaskRecord, head: TaskRecord, locate: Locator): Problem[] {
  const problems: Problem[] = [];
  const say = (path: Path, rule: RuleId, message: string) => problems.push(problem(head.file, locate.value(['tasks', head.index, ...path]), rule, message, head.id));

  // An extension "from" the old deadline matches when it names the same due
  // date (2024-Q1, 2024-03 and 2024-03-31 all end on 2024-03-31): editors
  // write periods in different forms, and the due date is what was promised.
  const was = base.deadline;
  const now = head.deadline;
  if (was !== undefined && now !== undefined && now.due > was.due && !head.extensions.some((e) => e.from.due === was.due)) {
    say(['deadline'], 'unrecorded-extension', `deadline moved later (${was.text} → ${now.text}) with no new extensions entry "from: ${was.text}"; record the extension with its reason`);
  }

  base.extensions.forEach((old, i) => {
    const current = head.extensions[i];
    if (current === undefined) {
      say(['extensions', i], 'history-rewritten', `the extension from ${old.from.text} was removed; extensions are the record of every time the deadline moved: put it back`);
      return;
    }
    const changed = differences(old, current);
    if (changed.length > 0) {
      say(['extensions', i], 'history-rewritten', `the extension from ${old.from.text} was rewritten (${changed.join('; ')}); past extensions are history: put it back as it was and add a new entry`);
    }
  });

  if (base.status === 'done' && isOpen(head.status)) {
    const when = base.completed === undefined ? '' : ` on ${formatDay(base.completed)}`;
    say(['status'], 'reopened', `task was done${when} and is ${head.status} again; if the work really reopened, say why in notes`);
  }
  return problems;
}

function differences(a: ExtensionRecord, b: ExtensionRecord): string[] {
  const out: string[] = [];
  if (a.from.text !== b.from.text) out.push(`from ${a.from.text} → ${b.from.text}`);
  if (a.reason !== b.reason) out.push('reason changed');
  if (a.approved !== b.approved) {
    const show = (d: number | undefined) => (d === undefined ? 'none' : formatDay(d));
    out.push(`approved ${show(a.approved)} → ${show(b.approved)}`);
  }
  return out;
}
