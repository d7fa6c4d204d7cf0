import type { Problem } from '../domain/problem.js';
import type { Change, ReviewReport, RevisionLabel } from '../reports/review.js';
import { parseDay } from '../domain/calendar.js';
import { parseDeadline } from '../domain/deadline.js';
import { STATUSES, type Status } from '../domain/status.js';

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);
import { markdownCell as tableCell } from './format-markdown.js';

/**
 * Text from the data in the pull-request comment, where GitHub would act on
 * it: an @mention would notify people, a bare URL would become a link and
 * $…$ would render as math. A zero-width space (written as an entity, as
 * Dependabot does) breaks the first two; the dollar sign is escaped.
 */
export function markdownCell(text: string): string {
  return tableCell(text)
    .replace(/\$/g, '\\$')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`);
}
import { countProblems, githubLine, problemJson, problemLine } from './render-problems.js';
import { oneLine, safeJson } from './sanitize.js';
import { en, type Words } from '../i18n/en.js';
import { problemMessage } from '../i18n/worded.js';

export type ReviewFormat = 'text' | 'markdown' | 'json' | 'github';
export const REVIEW_FORMATS: readonly ReviewFormat[] = ['text', 'markdown', 'json', 'github'];

/** GitHub refuses comments over 65,536 characters; the changes are cut before that. */
const MAX_MARKDOWN = 60_000;


/** What `p06 review` prints on stdout, and what it adds on stderr. */
export function renderReview(report: ReviewReport, format: ReviewFormat, words: Words = en): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return { stdout: reviewJson(report), stderr: '' };
    case 'markdown':
      return { stdout: reviewMarkdown(report, words), stderr: '' };
    case 'github':
      // Annotations on stdout for the runner; the changes and counts for the log.
      return { stdout: report.problems.map(githubLine).join(''), stderr: changeLines(report, words) + countLine(report, words) };
    case 'text':
      return { stdout: report.problems.map((p) => problemLine(p, words) + '\n').join('') + changeLines(report, words) + countLine(report, words), stderr: '' };
  }
}

export function countLine(report: ReviewReport, words: Words = en): string {
  return `${counts(report, words)} (${labelText(report.base, words)} → ${labelText(report.head, words)})\n`;
}

function counts(report: ReviewReport, words: Words): string {
  const { errors, warnings } = countProblems(report.problems);
  return words.review.counts(errors, warnings, report.changes.length);
}

/** A revision as the reader names it; the working tree (no commit) in the reader's language. */
function labelText(label: RevisionLabel, words: Words): string {
  return label.commit === undefined ? (label.name === en.review.workingTree ? words.review.workingTree : label.name) : `${label.name} ${label.commit.slice(0, 12)}`;
}

function changeLines(report: ReviewReport, words: Words): string {
  return report.changes.map((c) => oneLine(`${c.task} ${changeText(c, words)}`) + '\n').join('');
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** "deadline: 2024-Q1 (due 2024-03-31) → 2024-Q2 (due 2024-06-30)", and so on: one change in words. */
export function changeText(c: Change, words: Words = en): string {
  const kind = words.review.kind[c.change];
  const show = (v: string | string[] | undefined) => (typeof v === 'string' ? v : words.review.none);
  switch (c.change) {
    case 'added':
    case 'removed':
      return c.title === undefined ? kind : `${kind}: ${c.title}`;
    case 'deadline': {
      const deadline = (v: string | string[] | undefined) => (typeof v === 'string' ? words.deadline(parseDeadline(v)) : words.review.none);
      return `${kind}: ${deadline(c.from)} → ${deadline(c.to)}`;
    }
    case 'status': {
      // English shows the value as written (status: in_progress), which is what an editor types; another language words it.
      const status = (v: string | string[] | undefined) => (words.lang !== 'en' && typeof v === 'string' && STATUS_SET.has(v) ? words.status(v as Status) : show(v));
      return `${kind}: ${status(c.from)} → ${status(c.to)}`;
    }
    case 'depends_on':
    case 'extensions': {
      // An extension entry in the reader's words (its English text is what JSON and the comparison use).
      const entry = (text: string) => {
        const e = c.change === 'extensions' ? c.entries?.[text] : undefined;
        return e === undefined ? text : words.review.extension(e.from.text, e.reason, e.approved === undefined ? undefined : words.day(e.approved));
      };
      // Lists read better as what came and went than as two whole lists.
      const before = list(c.from);
      const after = list(c.to);
      const parts = [...after.filter((x) => !before.includes(x)).map((x) => `+ ${entry(x)}`), ...before.filter((x) => !after.includes(x)).map((x) => `− ${entry(x)}`)];
      return `${kind}: ${parts.join('; ')}`;
    }
    case 'completed': {
      // A day as the reader writes one (25/01/2024 in Vietnamese); JSON keeps YYYY-MM-DD.
      const day = (v: string | string[] | undefined) => (typeof v === 'string' && parseDay(v) !== undefined ? words.day(parseDay(v)!) : show(v));
      return `${kind}: ${day(c.from)} → ${day(c.to)}`;
    }
    default:
      return `${kind}: ${show(c.from)} → ${show(c.to)}`;
  }
}

function reviewJson(report: ReviewReport): string {
  const changes = report.changes.map((c) => {
    const out: Record<string, unknown> = { task: c.task, ministry: c.ministry, change: c.change };
    if (c.from !== undefined) out.from = c.from;
    if (c.to !== undefined) out.to = c.to;
    return out;
  });
  // Every review problem names its task; null for a problem of a whole file.
  const problems = report.problems.map((p: Problem) => ({ ...problemJson(p), task: p.task ?? null }));
  return safeJson({ schema_version: 1, kind: 'review', base: report.base.name, head: report.head.name, changes, problems }) + '\n';
}

/** A pull-request comment: headline, problems, then the changes grouped by ministry. */
function reviewMarkdown(report: ReviewReport, words: Words): string {
  const out: string[] = [];
  let size = 0;
  const push = (...lines: string[]) => {
    for (const line of lines) size += line.length + 1;
    out.push(...lines);
  };
  // Whatever does not fit in a comment is counted, never dropped silently.
  const fits = (lines: string[]) => {
    if (size + lines.reduce((n, l) => n + l.length + 1, 0) > MAX_MARKDOWN) return false;
    push(...lines);
    return true;
  };
  const r = words.review;
  const cut = (left: number, what: 'problem' | 'change') => push('', r.notShown(left, what), '');

  push(`### ${r.heading(counts(report, words))}`, '', r.compared(markdownLabel(report.base, words), markdownLabel(report.head, words)), '', `#### ${r.problems}`, '');
  if (report.problems.length === 0) push(r.noProblems, '');
  else {
    push(`| | ${r.columns.join(' | ')} |`, '| --- | --- | --- | --- | --- |');
    const severity = (p: Problem) => `${p.severity === 'error' ? '❌' : '⚠️'} ${words.severity[p.severity]}`;
    const shown = report.problems.findIndex((p) => !fits([`| ${severity(p)} | ${markdownCell(`${p.file}:${p.line}:${p.column}`)} | ${markdownCell(p.task ?? '')} | ${markdownCell(problemMessage(p, words))} | ${markdownCell(p.rule)} |`]));
    if (shown >= 0) cut(report.problems.length - shown, 'problem');
    else push('');
  }

  push(`#### ${r.changes}`, '');
  if (report.changes.length === 0) push(r.noChanges);
  let ministry: string | undefined;
  const shown = report.changes.findIndex((c) => {
    const lines: string[] = [];
    if (c.ministry !== ministry) {
      const name = report.ministries.get(c.ministry);
      lines.push(...(ministry === undefined ? [] : ['']), `**${markdownCell(name === undefined ? c.ministry : `${c.ministry}: ${name}`)}**`, '');
      ministry = c.ministry;
    }
    lines.push(`- **${markdownCell(c.task)}** ${markdownCell(changeText(c, words))}`);
    return !fits(lines);
  });
  if (shown >= 0) cut(report.changes.length - shown, 'change');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function markdownLabel(label: RevisionLabel, words: Words): string {
  if (label.commit === undefined) return label.name === en.review.workingTree ? words.review.theWorkingTree : `the ${markdownCell(label.name)}`;
  return `${markdownCell(label.name)} (${label.commit.slice(0, 12)})`;
}
