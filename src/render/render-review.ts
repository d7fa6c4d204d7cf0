import type { Problem } from '../domain/problem.js';
import type { Change, ReviewReport, RevisionLabel } from '../reports/review.js';
import { parseDeadline } from '../domain/deadline.js';
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
import { en, plural } from '../i18n/en.js';

export type ReviewFormat = 'text' | 'markdown' | 'json' | 'github';
export const REVIEW_FORMATS: readonly ReviewFormat[] = ['text', 'markdown', 'json', 'github'];

/** GitHub refuses comments over 65,536 characters; the changes are cut before that. */
const MAX_MARKDOWN = 60_000;


/** What `p06 review` prints on stdout, and what it adds on stderr. */
export function renderReview(report: ReviewReport, format: ReviewFormat): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return { stdout: reviewJson(report), stderr: '' };
    case 'markdown':
      return { stdout: reviewMarkdown(report), stderr: '' };
    case 'github':
      // Annotations on stdout for the runner; the changes and counts for the log.
      return { stdout: report.problems.map(githubLine).join(''), stderr: changeLines(report) + countLine(report) };
    case 'text':
      return { stdout: report.problems.map((p) => problemLine(p) + '\n').join('') + changeLines(report) + countLine(report), stderr: '' };
  }
}

export function countLine(report: ReviewReport): string {
  return `${counts(report)} (${labelText(report.base)} → ${labelText(report.head)})\n`;
}

function counts(report: ReviewReport): string {
  const { errors, warnings } = countProblems(report.problems);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(report.changes.length, 'change')}`;
}

function labelText(label: RevisionLabel): string {
  return label.commit === undefined ? label.name : `${label.name} ${label.commit.slice(0, 12)}`;
}

function changeLines(report: ReviewReport): string {
  return report.changes.map((c) => oneLine(`${c.task} ${changeText(c)}`) + '\n').join('');
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** "deadline: 2024-Q1 (due 2024-03-31) → 2024-Q2 (due 2024-06-30)", and so on: one change in words. */
export function changeText(c: Change): string {
  const show = (v: string | string[] | undefined) => (typeof v === 'string' ? v : 'none');
  switch (c.change) {
    case 'added':
    case 'removed':
      return c.title === undefined ? c.change : `${c.change}: ${c.title}`;
    case 'deadline': {
      const words = (v: string | string[] | undefined) => (typeof v === 'string' ? en.deadline(parseDeadline(v)) : 'none');
      return `deadline: ${words(c.from)} → ${words(c.to)}`;
    }
    case 'depends_on':
    case 'extensions': {
      // Lists read better as what came and went than as two whole lists.
      const before = list(c.from);
      const after = list(c.to);
      const parts = [...after.filter((x) => !before.includes(x)).map((x) => `+ ${x}`), ...before.filter((x) => !after.includes(x)).map((x) => `− ${x}`)];
      return `${c.change}: ${parts.join('; ')}`;
    }
    default:
      return `${c.change}: ${show(c.from)} → ${show(c.to)}`;
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
function reviewMarkdown(report: ReviewReport): string {
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
  const cut = (left: number, what: string) => push('', `…and ${plural(left, what)} not shown here: run \`p06 review\` for all of them.`, '');

  push(`### p06 review: ${counts(report)}`, '', `Compared ${markdownLabel(report.base)} with ${markdownLabel(report.head)}.`, '', '#### Problems', '');
  if (report.problems.length === 0) push('None: the data is valid and every promise is kept.', '');
  else {
    push('| | Where | Task | Problem | Rule |', '| --- | --- | --- | --- | --- |');
    const shown = report.problems.findIndex((p) => !fits([`| ${p.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${markdownCell(`${p.file}:${p.line}:${p.column}`)} | ${markdownCell(p.task ?? '')} | ${markdownCell(p.message)} | ${markdownCell(p.rule)} |`]));
    if (shown >= 0) cut(report.problems.length - shown, 'more problem');
    else push('');
  }

  push('#### Changes', '');
  if (report.changes.length === 0) push('No task changed.');
  let ministry: string | undefined;
  const shown = report.changes.findIndex((c) => {
    const lines: string[] = [];
    if (c.ministry !== ministry) {
      const name = report.ministries.get(c.ministry);
      lines.push(...(ministry === undefined ? [] : ['']), `**${markdownCell(name === undefined ? c.ministry : `${c.ministry}: ${name}`)}**`, '');
      ministry = c.ministry;
    }
    lines.push(`- **${markdownCell(c.task)}** ${markdownCell(changeText(c))}`);
    return !fits(lines);
  });
  if (shown >= 0) cut(report.changes.length - shown, 'more change');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function markdownLabel(label: RevisionLabel): string {
  return label.commit === undefined ? `the ${markdownCell(label.name)}` : `${markdownCell(label.name)} (${label.commit.slice(0, 12)})`;
}
