import type { Deadline } from '../domain/deadline.js';
import { en, plural } from './en.js';

// The words of the meeting pack (changes, trend, brief), beside the report
// catalogue rather than inside it: a catalogue of the meeting pack is the
// report catalogue and this block, so the commands that never print a brief
// do not carry it. Every language spells the same keys (MeetingWords).

const days = (n: number) => plural(n, 'day');

/** ["a", "b", "c"] → "a, b and c". */
const joinAnd = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export interface HeadlineCounts {
  total: number;
  done: number;
  percent_done: number;
  recurring: number;
  in_progress: number;
  not_started: number;
  overdue: number;
  at_risk: number;
  cancelled: number;
}

export const meetingEn = {
  ...en,
  meeting: {
    // Points in history.
    workingTree: (day: string) => `the working tree (${day})`,
    /** A commit named by a date: "2024-01-25 (1a2b3c4)"; by a revision: "meeting-2024-01-25 (2024-01-25, 1a2b3c4)". */
    dayCommit: (day: string, commit: string) => `${day} (${commit})`,
    revCommit: (rev: string, day: string, commit: string) => `${rev} (${day}, ${commit})`,
    span: (from: string, to: string) => `${from} → ${to}`,
    workingTreeShort: 'working tree',
    /** A deadline as written, without its due date: 2024-Q1. */
    deadlineText: (d: Deadline) => d.text,

    // changes
    change: {
      done: 'done',
      'newly-overdue': 'newly overdue',
      'deadline-moved': 'deadline moved',
      added: 'added',
      cancelled: 'cancelled',
      reopened: 'reopened',
      owner: 'owner changed',
      leader: 'leader changed',
      'obstacle-raised': 'obstacle raised',
      'obstacle-cleared': 'obstacle cleared',
      reported: 'reported',
    },
    happened: {
      done: (day: string, result: string | undefined) => `done on ${day}${result === undefined ? '' : `: ${result}`}`,
      newlyOverdue: (due: string, deadline: string | undefined) => `fell due on ${due}${deadline === undefined ? '' : ` (deadline ${deadline})`} and is still open`,
      deadlineMoved: (from: string, to: string, reason: string | undefined, approved: string | undefined) =>
        `deadline ${from} → ${to}${reason === undefined ? '' : `: ${reason}`}${approved === undefined ? '' : ` (approved ${approved})`}`,
      added: (deadline: string | undefined) => `added${deadline === undefined ? '' : `, deadline ${deadline}`}`,
      cancelled: (was: string, reason: string | undefined) => `cancelled (was ${was})${reason === undefined ? '' : `: ${reason}`}`,
      reopened: (now: string) => `reopened: done → ${now}`,
      owner: (from: string, to: string) => `owner ${from} → ${to}`,
      leader: (from: string, to: string) => `leader ${from} → ${to}`,
      obstacleRaised: (now: string, was: string | undefined) => `obstacle raised: ${now}${was === undefined ? '' : ` (was: ${was})`}`,
      obstacleCleared: (was: string) => `obstacle cleared (was: ${was})`,
      reported: (from: string, to: string) => `reported ${from} → ${to}`,
    },
    changesTitle: (day: string) => `Project 06: changes to ${day}`,
    changesHeading: (span: string, n: number) => `Changes from ${span}: ${plural(n, 'change')}`,
    changesEmpty: (span: string) => `Nothing moved between ${span}.`,
    byMinistryHeading: 'By ministry: before → after',
    byMinistryEmpty: 'No ministry has a file at either point.',
    invalidHeading: (n: number) => `The data had errors at ${plural(n, 'commit')} in between (the changes above compare the two points only)`,
    column: {
      change: 'Change',
      whatHappened: 'What happened',
      tasks: 'Tasks',
      commit: 'Commit',
      date: 'Date',
      errors: 'Errors',
      firstError: 'First error',
      code: 'Code',
      firstLast: 'first → last',
      asked: 'What the task force is asked',
      days: 'Days',
      waitsOn: 'Waits on (open)',
      holdsUp: 'Holds up (open)',
    },

    // trend
    every: { week: 'week', month: 'month', quarter: 'quarter' },
    trendTitle: (day: string) => `Project 06: trend to ${day}`,
    trendHeading: (from: string, to: string, every: string, n: number) => `Trend ${from} to ${to}, every ${every}: ${plural(n, 'point')}`,
    trendEmpty: 'No history to sample.',
    pointsHeading: 'The programme at each point',
    pointsEmpty: 'No points.',
    chart: {
      percentDone: '% done',
      overdue: 'overdue',
      atRisk: 'at risk',
      tasks: 'tasks',
      label: (fromPercent: string, fromDay: string, toPercent: string, toDay: string, fromOverdue: string, toOverdue: string) =>
        `Percent done went from ${fromPercent} on ${fromDay} to ${toPercent} on ${toDay}; overdue from ${fromOverdue} to ${toOverdue}.`,
      empty: 'No history to chart.',
    },

    // brief
    briefTitle: (day: string) => `Project 06: meeting brief as of ${day}`,
    /** The headline in the seeds' own shape: "690 tasks; 348 done (50.4%); 119 recurring; …; 60 overdue, of which 2 behind schedule since 2022, …". */
    headline(h: HeadlineCounts, years: readonly { year: number; tasks: number }[]): string {
      const since = years.map((y, i) => `${y.tasks} ${i === 0 ? 'behind schedule since' : 'since'} ${y.year}`);
      const overdue = `${h.overdue} overdue${since.length > 0 ? `, of which ${joinAnd(since)}` : ''}`;
      const parts = [plural(h.total, 'task'), `${h.done} done (${en.percent(h.percent_done)})`, `${h.recurring} recurring`, `${h.in_progress} in progress`, `${h.not_started} not started`, overdue, `${h.at_risk} at risk`];
      if (h.cancelled > 0) parts.push(`${h.cancelled} cancelled`);
      return `${parts.join('; ')}.`;
    },
    meta: (since: string) => `Changes since ${since}. Computed by p06 from the task files in git.`,
    asOfLine: (day: string) => `As of ${day}.`,
    part: {
      headline: 'Headline',
      changes: (since: string) => `Changes since ${since}`,
      decisions: 'Decisions needed',
      overdue: 'Overdue and at risk',
      ministries: 'Ministries, agencies and localities, worst first',
      trend: 'Trend and the dependency chains behind overdue work',
    },
    changesCount: (n: number, from: string, to: string) => `${plural(n, 'change')} from ${from} to ${to}`,
    why: { obstacle: 'obstacle', 'long-overdue': 'long overdue', 'extended-again': 'extended again' },
    decisionsHeading: (n: number) => `${plural(n, 'item')}: obstacles, tasks overdue too long, tasks extended twice or more`,
    decisionsEmpty: 'No decision is needed: no obstacle, nothing overdue too long, nothing extended twice.',
    longOverdue: (daysOverdue: number, due: string, limit: number) => `overdue ${days(daysOverdue)} (due ${due}); the task force decides after ${days(limit)}`,
    extendedAgain: (times: number, first: string, now: string) => `extended ${times} times: first due ${first}, now ${now}`,
    behindSince: (year: number, n: number) => `Behind schedule since ${year}: ${plural(n, 'task')}`,
    overdueHeading: 'Overdue',
    atRiskHeading: (n: number) => `At risk: ${plural(n, 'task')}`,
    atRiskEmpty: 'No task is at risk.',
    ministriesHeading: (n: number) => `${n} ${n === 1 ? 'body' : 'bodies'}, most overdue first, then lowest percent done`,
    ministriesEmpty: 'No ministry has a file.',
    subtotal: 'Subtotal',
    chainsHeading: (n: number) => `Dependency chains: ${plural(n, 'overdue task')} waiting on or holding up other open work`,
    chainsEmpty: 'No overdue task waits on or holds up other open work.',
    overdueMark: 'overdue',
    /** A node of the Mermaid diagram: "overdue 12 d". */
    overdueDays: (n: number) => `overdue ${n} d`,
    atRisk: 'at risk',
  },
};

/** The meeting pack's catalogue: every language has exactly this shape. */
export type MeetingWords = typeof meetingEn;
