import { formatDay } from '../domain/calendar.js';
import type { Locator, Path } from '../load/parse-yaml.js';
import { problem, type Problem, type RuleId } from '../domain/problem.js';
import type { ExtensionRecord, TaskRecord } from '../domain/records.js';
import { isOpen } from '../domain/status.js';
import { worded, type Worded } from '../i18n/worded.js';

// The programme's promises (SPEC §4.1) for a task that exists at both
// revisions: a deadline moves later only with the extension on record, the
// record of past extensions is never rewritten, and a done task stays done.
// task-removed needs the whole dataset and lives in review.ts.


/** Problems on the head's lines: `locate` is the head file's locator. */
export function promiseProblems(base: TaskRecord, head: TaskRecord, locate: Locator): Problem[] {
  const problems: Problem[] = [];
  const say = (path: Path, rule: RuleId, message: Worded) => problems.push(problem(head.file, locate.value(['tasks', head.index, ...path]), rule, message, head.id));

  // An extension "from" the old deadline matches when it names the same due
  // date (2024-Q1, 2024-03 and 2024-03-31 all end on 2024-03-31): editors
  // write periods in different forms, and the due date is what was promised.
  const was = base.deadline;
  const now = head.deadline;
  if (was !== undefined && now !== undefined && now.due > was.due && !head.extensions.some((e) => e.from.due === was.due)) {
    say(['deadline'], 'unrecorded-extension', worded('unrecordedExtension', was.text, now.text));
  }

  base.extensions.forEach((old, i) => {
    const current = head.extensions[i];
    if (current === undefined) {
      say(['extensions', i], 'history-rewritten', worded('extensionRemoved', old.from.text));
      return;
    }
    const fromNow = old.from.text === current.from.text ? null : current.from.text;
    const reasonChanged = old.reason !== current.reason;
    const approved = old.approved === current.approved ? null : ([dayText(old.approved), dayText(current.approved)] as const);
    if (fromNow !== null || reasonChanged || approved !== null) {
      say(['extensions', i], 'history-rewritten', worded('extensionRewritten', old.from.text, fromNow, reasonChanged, approved));
    }
  });

  if (base.status === 'done' && isOpen(head.status)) {
    say(['status'], 'reopened', worded('reopened', dayText(base.completed), head.status));
  }
  return problems;
}

const dayText = (day: number | undefined) => (day === undefined ? null : formatDay(day));
