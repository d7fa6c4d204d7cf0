import { formatDay } from '../domain/calendar.js';
import type { RiskReason, Task } from '../model/dataset.js';
import type { Deadline } from '../domain/deadline.js';

// Report text in words. One place, so a Vietnamese rendering (--lang vi)
// later replaces this module and nothing else.

/** "1 task", "2 tasks". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const days = (n: number) => plural(n, 'day');

/** The deadline as written and, where it differs, its due date. */
export function deadlineText(deadline: Deadline | undefined): string {
  if (deadline === undefined) return '—';
  const due = formatDay(deadline.due);
  return due === deadline.text ? due : `${deadline.text} (due ${due})`;
}

export function dueInWords(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft === 1) return 'due tomorrow';
  return `due in ${days(daysLeft)}`;
}

export function reasonText(reason: RiskReason, task: Task, lookup: (id: string) => Task | undefined): string {
  const dep = reason.task === undefined ? undefined : lookup(reason.task);
  switch (reason.code) {
    case 'due-soon':
      return `${dueInWords(task.daysLeft ?? 0)} (${formatDay(task.due!)})`;
    case 'dependency-overdue':
      return `waits on ${reason.task}, overdue by ${days(dep?.daysOverdue ?? 0)}`;
    case 'dependency-late':
      return `waits on ${reason.task}, due later (${dep?.due === undefined ? '?' : formatDay(dep.due)})`;
    case 'dependency-at-risk':
      return `waits on ${reason.task}, which is at risk`;
  }
}

export const STATUS_WORDS: Record<string, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  done: 'done',
  recurring: 'recurring',
  cancelled: 'cancelled',
};

/** What the computed states say about a task, for list and show. */
export function stateText(task: Task): string {
  const states: string[] = [];
  if (task.overdue) states.push(`overdue ${days(task.daysOverdue!)}`);
  if (task.risks.length > 0) states.push('at risk');
  if (task.blocked) states.push('blocked');
  if (task.doneLate) states.push('done late');
  return states.join(', ');
}

