import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { formatDay, parseDay, type Day } from '../domain/calendar.js';

// A git history for the data, replayed from the dates the data records: each
// task appears on the day it was assigned (`assigned`, else the date its
// `source` names), is done on its `completed` day, and had its deadline moved
// on each extension's `approved` day. The two meetings of the seeds are
// tagged. One commit in between writes a status that is not valid and the
// next puts it right, as happens in real histories, so `changes` has an
// invalid commit to name. Pure: file texts in, commits out.

/** The programme's meetings (seeds/): the task force of 25 January 2024 and the review of 13 February 2025. */
export const DEMO_MEETINGS: readonly { tag: string; day: string; title: string }[] = [
  { tag: 'meeting-2024-01-25', day: '2024-01-25', title: 'task force meeting of 2024-01-25' },
  { tag: 'meeting-2025-02-13', day: '2025-02-13', title: 'review conference of 2025-02-13' },
];

export interface DemoFile {
  /** Path inside the data directory, with / separators. */
  path: string;
  text: string;
}

export interface DemoCommit {
  day: string;
  /** Local time of day in the demo's zone, HH:MM. */
  time: string;
  message: string;
  files: DemoFile[];
  tag?: string;
}

interface TaskDates {
  id: string;
  appear: Day;
  completed?: Day;
  approvals: Day[];
  dependsOn: string[];
}

const DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/;

/**
 * The commits that lead to `files` as they are: the last commit's files are
 * the given ones (re-written by the YAML printer, as every commit is).
 */
export function replayTimeline(files: readonly DemoFile[]): DemoCommit[] {
  const docs = files.map((f) => ({ path: f.path, doc: parseDocument(f.text) }));
  const first = parseDay(DEMO_MEETINGS[0]!.day)!;
  const dates: TaskDates[] = [];
  for (const { doc } of docs) for (const t of taskMaps(doc)) dates.push(datesOf(t, first));
  appearBeforeDependents(dates);

  const events = new Map<Day, string[]>();
  const say = (day: Day, what: string) => events.set(day, [...(events.get(day) ?? []), what]);
  for (const t of dates) {
    say(t.appear, `${t.id} assigned`);
    if (t.completed !== undefined && t.completed > t.appear) say(t.completed, `${t.id} done`);
    for (const a of t.approvals) if (a > t.appear) say(a, `${t.id} extended`);
  }
  for (const m of DEMO_MEETINGS) if (!events.has(parseDay(m.day)!)) events.set(parseDay(m.day)!, []);
  const days = [...events.keys()].sort((a, b) => a - b);

  const commits: DemoCommit[] = [];
  // The broken commit: the first completion after the first meeting is first written with a status that does not exist.
  const slip = dates.filter((t) => t.completed !== undefined && t.completed > first && t.completed > t.appear).sort((a, b) => a.completed! - b.completed! || (a.id < b.id ? -1 : 1))[0];
  for (const day of days) {
    const meeting = DEMO_MEETINGS.find((m) => parseDay(m.day) === day);
    const what = events.get(day)!;
    if (slip !== undefined && day === slip.completed) {
      commits.push({ day: formatDay(day), time: '09:00', message: `${slip.id}: mark done`, files: snapshot(docs, dates, day, slip.id) });
      commits.push({ day: formatDay(day), time: '17:00', message: `${slip.id}: status is "done"; record the completion date`, files: snapshot(docs, dates, day) });
      continue;
    }
    const message = meeting !== undefined ? `Record the ${meeting.title}${what.length > 0 ? ` (${summarise(what)})` : ''}` : summarise(what);
    const commit: DemoCommit = { day: formatDay(day), time: meeting !== undefined ? '12:00' : '17:00', message, files: snapshot(docs, dates, day) };
    if (meeting !== undefined) commit.tag = meeting.tag;
    commits.push(commit);
  }
  return commits;
}

function summarise(what: readonly string[]): string {
  const assigned = what.filter((w) => w.endsWith(' assigned')).length;
  const rest = what.filter((w) => !w.endsWith(' assigned'));
  const parts = [...(assigned > 0 ? [`${assigned} task${assigned === 1 ? '' : 's'} assigned`] : []), ...rest];
  return parts.length > 4 ? `${parts.slice(0, 4).join('; ')}; and ${parts.length - 4} more` : parts.join('; ');
}

function taskMaps(doc: Document): YAMLMap[] {
  const tasks = doc.get('tasks');
  return isSeq(tasks) ? tasks.items.filter(isMap) : [];
}

function dayOf(value: unknown): Day | undefined {
  return typeof value === 'string' ? parseDay(value) : undefined;
}

function datesOf(t: YAMLMap, fallback: Day): TaskDates {
  const id = String(t.get('id'));
  const source = t.get('source');
  const named = typeof source === 'string' ? DATE_IN_TEXT.exec(source)?.[1] : undefined;
  const appear = dayOf(t.get('assigned')) ?? (named === undefined ? undefined : parseDay(named)) ?? fallback;
  const deps = t.get('depends_on');
  const dependsOn = isSeq(deps) ? deps.items.map((d) => String(isScalar(d) ? d.value : d)) : [];
  const dates: TaskDates = { id, appear, approvals: [], dependsOn };
  const completed = t.get('status') === 'done' ? dayOf(t.get('completed')) : undefined;
  if (completed !== undefined) dates.completed = completed;
  const extensions = t.get('extensions');
  if (isSeq(extensions)) for (const e of extensions.items) if (isMap(e) && dayOf(e.get('approved')) !== undefined) dates.approvals.push(dayOf(e.get('approved'))!);
  return dates;
}

/** A task is in the data no later than the first task that depends on it, so every commit's dependencies resolve. */
function appearBeforeDependents(dates: TaskDates[]): void {
  const byId = new Map(dates.map((d) => [d.id, d]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of dates) {
      for (const id of t.dependsOn) {
        const dep = byId.get(id);
        if (dep !== undefined && dep.appear > t.appear) {
          dep.appear = t.appear;
          changed = true;
        }
      }
    }
  }
}

/** Every file as it stood at the end of `day`; `slip` names a task written with an invalid status. */
function snapshot(docs: readonly { path: string; doc: Document }[], dates: readonly TaskDates[], day: Day, slip?: string): DemoFile[] {
  const byId = new Map(dates.map((d) => [d.id, d]));
  return docs.map(({ path, doc }) => {
    const copy = doc.clone();
    const tasks = copy.get('tasks');
    if (isSeq(tasks)) {
      tasks.items = tasks.items.filter((item) => !isMap(item) || (byId.get(String(item.get('id')))?.appear ?? 0) <= day);
      for (const item of tasks.items) if (isMap(item)) rewind(item, byId.get(String(item.get('id')))!, day, String(item.get('id')) === slip);
    }
    return { path, text: copy.toString({ lineWidth: 0, flowCollectionPadding: false }) };
  });
}

/** One task as it stood on `day`: not yet done, deadline not yet moved. */
function rewind(t: YAMLMap, dates: TaskDates, day: Day, slip: boolean): void {
  if (dates.completed !== undefined && dates.completed > day) {
    t.set('status', 'in_progress');
    t.delete('completed');
  }
  if (slip) {
    t.set('status', 'complete');
    t.delete('completed');
  }
  const extensions = t.get('extensions');
  if (!isSeq(extensions)) return;
  const later = extensions.items.findIndex((e) => isMap(e) && (dayOf(e.get('approved')) ?? -Infinity) > day);
  if (later < 0) return;
  const from = (extensions.items[later] as YAMLMap).get('from');
  t.set('deadline', typeof from === 'string' && /^\d{4}$/.test(from) ? Number(from) : from);
  if (later === 0) t.delete('extensions');
  else extensions.items = extensions.items.slice(0, later);
}
