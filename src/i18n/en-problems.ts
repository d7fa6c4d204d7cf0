// What p06's own rules say about the data, in English. Each entry takes its
// facts as plain arguments (text and numbers, never a date object), because a
// problem keeps its key and arguments through the cache and is worded again,
// in the reader's language, only when printed. An argument that was absent
// may come back as null from the cache: entries test it for truth, never
// compare it with undefined.

type Opt = string | null | undefined;

const suggestion = (near: Opt) => (near ? `; did you mean ${near}?` : '');
const quotedSuggestion = (near: Opt) => (near ? `; did you mean "${near}"?` : '');

/** Why each required key matters, in the programme's own words (SPEC §2.4). */
const WHY_REQUIRED: Record<string, string> = {
  owner: ' (clear people: who is responsible)',
  title: ' (clear work: what is to be done)',
  deadline: ' (clear time)',
};

const STATUSES = 'not_started, in_progress, done, recurring, cancelled';

/** Why a file could not be read as data, for the fix a review asks for. */
export type UnreadableCause = 'syntax' | 'size' | 'encoding' | 'unreadable' | 'total';
// Indexed with a fact that may come from the cache: an unknown cause reads as a syntax error.
const UNREADABLE_FIX: Record<string, string> = {
  syntax: 'fix its syntax',
  size: 'make it smaller than max_file_bytes (split it) or raise the limit',
  encoding: 'save it as UTF-8',
  unreadable: 'make it readable',
  total: 'bring the data files within the total p06 reads',
};

export const problemsEn = {
  // Reading the file
  fileUnreadable: (why: string) => `cannot read the file (${why})`,
  fileTooLarge: (size: string, limit: string) => `${size} is over the limit of ${limit} (max_file_bytes in p06.yaml); split the file`,
  encoding: (detail: string) => `not valid UTF-8 (${detail}); save the file as UTF-8`,
  oneDocument: (found: number) => `a task file holds one YAML document; found ${found} (remove the extra "---")`,
  yamlDirective: (version: string) => `%YAML ${version} directive: p06 always reads YAML 1.2 (core schema); remove the directive`,
  yamlTag: (tag: string) => `YAML tag ${tag} is not used in p06 data; write a plain value`,
  tooDeep: (max: number) => `nesting deeper than ${max} levels; a task file needs five`,
  tooDeepThroughAliases: (max: number) => `nesting deeper than ${max} levels through aliases`,
  aliasAmplification: (factor: number) => `aliases expand to more than ${factor} times the file's own text (an alias amplification?); write the values out`,
  aliasBomb: () => 'aliases expand to far more values than the file holds (an alias bomb?); write the values out',
  keyNotText: () => 'a key must be plain text, not a list or mapping',
  unsupportedNode: () => 'unsupported YAML node',
  tabIndent: () => 'tab used for indentation: YAML indents with spaces only',
  duplicateKey: () => 'duplicate key: each key may appear once in a mapping (1 and "1" count as the same key)',
  aliasWithoutAnchor: (name: string) => `alias *${name} has no anchor &${name} before it`,
  commentInText: (key: string, kept: string, comment: string, fixed: string) =>
    `the ${key} is read as "${kept}": "${comment}" starts a YAML comment; if it is part of the ${key}, quote it: ${fixed} (a comment is written "# " with a space)`,

  // Common YAML mistakes, said as the fix (load/yaml-hints.ts)
  hintStartsWith: (first: string, key: string, fixed: string) => `a value that starts with "${first}" is read as ${first === '[' ? 'a list' : 'a mapping'}; quote the ${key}: ${fixed}`,
  hintReserved: (first: string, key: string, fixed: string) => `a plain value cannot start with "${first}" (YAML keeps it for later use); quote the ${key}: ${fixed}`,
  hintColon: (key: string, fixed: string) => `the ${key} contains ": ", which YAML reads as the start of another key; quote the ${key}: ${fixed}`,
  hintUnclosedQuote: (key: string, fixed: string) => `the quote that opens the ${key} is never closed; end it on this line: ${fixed}`,
  hintMissingDash: (repeated: number, fixed: string) =>
    `a new task starts here without "- ", so ${repeated === 1 ? 'its key' : `${repeated} of its keys`} repeat the task above; start it with "- ": ${fixed}`,

  // The shape of the file (schema)
  topLevel: (found: 'list' | 'nothing' | string) => `expected a mapping with "ministry" and "tasks" at the top of the file, found ${found === 'list' ? 'a list' : found === 'nothing' ? 'nothing' : `a ${found}`}`,
  unknownKey: (key: string, near: Opt) => `unknown key "${key}"${quotedSuggestion(near)}`,
  missingKey: (key: string) => `missing required key "${key}"${WHY_REQUIRED[key] ?? ''}`,
  deadlineRequired: () => `missing required key "deadline" (clear time): only a recurring task may have none`,
  storedState: (status: string) => `status "${status}" cannot be stored: overdue, at risk and blocked are computed from deadlines and dependencies; use one of ${STATUSES}`,
  unknownStatus: (status: string, near: Opt) => `status "${status}" is not one of ${STATUSES}${quotedSuggestion(near)}`,
  listedTwice: (key: string, entry: string) => `${key} lists ${entry} twice`,
  mergerHalf: (given: string, missing: string) => `${given} needs ${missing}: a merger names both the successor and the day`,
  mergedIntoItself: (code: string) => `${code} cannot be merged into itself`,
  everyNotRecurring: (status: string) => `"every" is for recurring duties, but status is ${status}`,
  reportedWithoutEvery: () => `"reported" needs "every": say how often a report is due (month, quarter, half or year)`,
  reportedNotPeriod: (reported: string, every: string, example: string) => `reported ${reported} is not a ${every}; with every: ${every}, write the period as ${example}`,
  transferredFromSelf: (code: string) => `transferred_from names this file's own body ${code}; it names the body the task came from`,
  unknownTimeZone: (zone: string) => `unknown time zone "${zone}"; use an IANA name such as Asia/Ho_Chi_Minh`,

  /** A schema message (src/validate/schemas.ts) about a value: `empty` when the key has no value, `found` the value as JSON. */
  schemaMessage: (text: string, key: string, empty: boolean, found: Opt) => (empty ? `${key} is empty: ${text}` : found ? `${text} (found ${found})` : text),

  // Dates
  notARealDate: (text: string) => `${text} is not a real date`,
  completedMissing: (id: string) => `task ${id} is done but has no "completed" date`,
  completedUnexpected: (status: string) => `"completed" is set but status is ${status}; set status: done or remove the date`,
  extensionNotLater: (from: string, previous: string) => `extension from ${from} is not later than the one before it (${previous}); list extensions oldest first`,
  extensionNotEarlier: (from: string, deadline: string) => `extension from ${from} is not earlier than the current deadline ${deadline}: an extension moves a deadline later`,
  assignedAfterCompleted: (assigned: string, completed: string) => `assigned ${assigned} is after completed ${completed}: a task cannot be done before it is given`,
  assignedAfterExtension: (assigned: string, from: string, approved: string) =>
    `assigned ${assigned} is after the extension from ${from} approved ${approved}: a deadline cannot move before the task is given`,
  assignedInFuture: (assigned: string, limit: string, limitIs: 'as of' | 'today') => `assigned ${assigned} is after ${limit} (${limitIs}): a task is recorded once it is given`,
  completedInFuture: (completed: string, limit: string, limitIs: 'as of' | 'today') => `completed ${completed} is after ${limit} (${limitIs})`,

  // Ids, owners and references
  idPrefix: (id: string, code: string, moved: Opt) => `task id ${id} does not start with this file's code "${code}-"${moved ? `; if it moved here from ${moved}, say so with transferred_from` : ''}`,
  transferredIdPrefix: (id: string, from: string) => `task id ${id} does not start with "${from}-", the body it was transferred from; a task keeps its id when it moves`,
  missingResult: (id: string) => `task ${id} has no "result" (clear results: what output is expected)`,
  missingLeader: (id: string) => `task ${id} has no "leader" (clear responsibilities: the named leader responsible)`,
  taskInMergedBody: (id: string, status: string, code: string, merged: string) =>
    `task ${id} is ${status} but ${code} was merged into ${merged}: move it to ${merged}'s file (keeping its id, with transferred_from: ${code}), or set it done or cancelled`,
  duplicateMinistry: (code: string, there: string) => `ministry ${code} is also kept in ${there}; one file per ministry`,
  fileName: (base: string, code: string) => `file is named "${base}" but holds ${code}; name it ${code.toLowerCase()}.yaml`,
  duplicateId: (id: string, there: string, here: string) => `task id ${id} is used twice: ${there} and ${here}`,
  selfDependency: (id: string) => `task ${id} depends on itself`,
  unknownDependency: (dep: string, near: Opt) => `depends on ${dep}, which no task has${suggestion(near)}`,
  dependencyCancelled: (dep: string) => `depends on ${dep}, which is cancelled; drop the dependency or say what replaces it`,
  doneWithOpenDependency: (dep: string, status: string) => `task is done but depends on ${dep}, which is still ${status}`,
  unknownAgency: (code: string, near: Opt) => `agency ${code} has no task file and is not listed under "agencies" in p06.yaml${suggestion(near)}`,
  dependencyCycle: (cycle: string) => `dependency cycle: ${cycle}`,

  // The promises (p06 review)
  taskRenamed: (id: string, to: string) => `task ${id} was renamed to ${to}; a task keeps its id for life: keep ${id} (set status: cancelled if ${to} replaces it)`,
  taskRemoved: (id: string) => `task ${id} was removed; tasks are never deleted: put it back with status: cancelled`,
  unrecordedExtension: (was: string, now: string) => `deadline moved later (${was} → ${now}) with no new extensions entry "from: ${was}"; record the extension with its reason`,
  extensionRemoved: (from: string) => `the extension from ${from} was removed; extensions are the record of every time the deadline moved: put it back`,
  extensionRewritten: (from: string, fromNow: Opt, reasonChanged: boolean, approved: readonly [Opt, Opt] | null) =>
    `the extension from ${from} was rewritten (${[
      fromNow && `from ${from} → ${fromNow}`,
      reasonChanged && 'reason changed',
      approved && `approved ${approved[0] || 'none'} → ${approved[1] || 'none'}`,
    ]
      .filter(Boolean)
      .join('; ')}); past extensions are history: put it back as it was and add a new entry`,
  reopened: (completed: Opt, status: string) => `task was done${completed ? ` on ${completed}` : ''} and is ${status} again; if the work really reopened, say why in notes`,
  promisesUnchecked: (cause: UnreadableCause) =>
    `this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; ${UNREADABLE_FIX[cause] ?? UNREADABLE_FIX.syntax} and review again`,
  /** `whySays` words `why` again in another language (the problem that stopped the read). */
  unreadableAtRevision: (rev: string, why: string, _whySays?: { key: string; params: readonly unknown[] }) => `this file cannot be read at ${rev} (${why}); the review cannot check its tasks: fix it there first`,
};
