import type { Position, Problem } from '../domain/problem.js';
import { lineOutline } from './line-outline.js';
import type { Locator, Path, TaskOutline } from './parse-yaml.js';

/** A task outline with the ministry code a line scan found, for a file that could not be read. */
export interface RecoveredOutline extends TaskOutline {
  code?: string;
}

interface Unreadable {
  problems: Problem[];
  locate: Locator;
  outline?: TaskOutline | undefined;
}

/** Added once to a file's first problem: its tasks are known by id, not checked. */
export const UNCHECKED = ' (nothing else in this file is checked until this is fixed)';

/**
 * A file the parser refused still says a lot to a line scan: its ministry
 * code and its task ids (an unclosed quote hides the rest of the file from
 * the parser, not from the scan). They are recovered so that other files'
 * references to them are not reported as unknown and a report that leaves
 * the file out counts its tasks; the ids found by the syntax tree are kept
 * too. The file's first problem says, once, that nothing else in it was
 * checked.
 */
export function recoverUnreadable(text: string, parsed: Unreadable): { value: undefined; problems: Problem[]; locate: Locator; outline?: RecoveredOutline } {
  const scan = lineOutline(text);
  const tree = parsed.outline;
  const at = new Map<string, Position>();
  const ids: RecoveredOutline['ids'] = [];
  for (const { id, index, at: where } of scan.ids) {
    ids.push({ id, index });
    at.set(pathKey(['tasks', index, 'id']), where);
  }
  // Ids only the syntax tree found (a flow list on one line) get places after the scan's.
  let next = scan.count;
  for (const { id, index } of tree?.ids ?? []) {
    if (ids.some((known) => known.id === id)) continue;
    at.set(pathKey(['tasks', next, 'id']), parsed.locate.value(['tasks', index, 'id']));
    ids.push({ id, index: next++ });
  }
  if (scan.code !== undefined) at.set(pathKey(['ministry', 'code']), scan.code.at);

  const problems = [...parsed.problems];
  const first = problems.reduce<number>((best, p, i) => (p.severity === 'error' && (best === -1 || p.line < problems[best]!.line) ? i : best), -1);
  if (first !== -1) problems[first] = { ...problems[first]!, message: problems[first]!.message + UNCHECKED };

  const locate: Locator = {
    value: (path) => at.get(pathKey(path)) ?? parsed.locate.value(path),
    key: (path) => parsed.locate.key(path),
  };
  const count = Math.max(scan.count, next, tree?.count ?? 0);
  if (!scan.sawTasks && tree === undefined) return { value: undefined, problems, locate };
  const outline: RecoveredOutline = { count, ids };
  if (scan.code !== undefined) outline.code = scan.code.text;
  return { value: undefined, problems, locate, outline };
}

const pathKey = (path: Path) => path.join('\u0000');
