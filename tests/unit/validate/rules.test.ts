import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/calendar.js';
import { parseSource } from '../../../src/load/parse-source.js';
import { ERROR_RULES, WARNING_RULES, type RuleId } from '../../../src/domain/problem.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/validate/settings.js';
import { validateDataset } from '../../../src/validate/validate-dataset.js';

// One case per rule of SPEC §6 (and the variants that matter), each asserting
// every problem the files give: exact `file:line:col`, rule, and a
// distinctive part of the message.

const AS_OF = '2024-06-30';

/** A task file: line 1 names the ministry (code at column 18), line 2 opens the task list, then one line per task. */
const file = (code: string, ...tasks: string[]) =>
  [`ministry: {code: ${code}, name: Ministry ${code}}`, tasks.length > 0 ? 'tasks:' : 'tasks: []', ...tasks].join('\n') + '\n';

const BASE: Record<string, string> = { title: 'Task', owner: 'Office', deadline: '2024-12-31', status: 'in_progress', result: 'Output' };

/**
 * One task on one line: `  - {id: ID, FIELDS, then the base fields FIELDS does not name}`.
 * Ids here have six characters, so FIELDS starts at column 18. `without` leaves base fields out.
 */
const task = (id: string, fields = '', ...without: string[]) => {
  const rest = Object.entries(BASE)
    .filter(([key]) => !without.includes(key) && !new RegExp(`(^|,\\s*)${key}:`).test(fields))
    .map(([key, value]) => `${key}: ${value}`);
  return `  - {${[`id: ${id}`, ...(fields ? [fields] : []), ...rest].join(', ')}}`;
};

interface Case {
  /** Text or bytes of each file, or the error reading it failed with. */
  files: Record<string, string | Buffer | { error: string }>;
  asOf?: string;
  agencies?: Record<string, string>;
  maxBytes?: number;
  requireLeader?: boolean;
  /** "FILE:LINE:COL [rule] part of the message", in output order. */
  expect: string[];
}

function validate(c: Case) {
  const loaded = Object.entries(c.files).map(([name, content]) => {
    if (typeof content === 'object' && 'error' in content) return parseSource({ file: name, size: 0, error: content.error }, DEFAULT_MAX_FILE_BYTES);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return parseSource({ file: name, size: bytes.length, bytes }, c.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  });
  return validateDataset(loaded, { asOf: parseDay(c.asOf ?? AS_OF)!, agencies: c.agencies ?? {}, ...(c.requireLeader ? { requireLeader: true } : {}) });
}

function expectProblems(c: Case) {
  const actual = validate(c).problems.map((p) => ({ at: `${p.file}:${p.line}:${p.column} [${p.rule}]`, message: p.message }));
  const wanted = c.expect.map((e) => {
    const m = /^(\S+ \[[a-z-]+\])(?: (.*))?$/.exec(e)!;
    return { at: m[1]!, message: m[2] ?? '' };
  });
  expect(actual.map((a) => a.at), JSON.stringify(actual, null, 1)).toEqual(wanted.map((w) => w.at));
  wanted.forEach((w, i) => expect(actual[i]!.message).toContain(w.message));
}

const CASES: Record<string, Case> = {
  'a valid file': { files: { 'moj.yaml': file('MOJ', task('MOJ-01')) }, expect: [] },
  'an empty task list': { files: { 'moj.yaml': file('MOJ') }, expect: [] },

  // yaml-syntax and duplicate-key (the hostile corpus has the rest)
  'YAML syntax': {
    files: { 'moj.yaml': file('MOJ', '  - id: MOJ-01', '    title: Phase 2: the portal') },
    expect: ['moj.yaml:4:12 [yaml-syntax] the title contains ": ", which YAML reads as the start of another key; quote the title: title: "Phase 2: the portal" (nothing else in this file is checked until this is fixed)'],
  },
  'a file that cannot be parsed blames no other file: its code and ids are read line by line': {
    files: {
      'moj.yaml': file('MOJ', '  - id: MOJ-01', '    title: "Unclosed', '  - id: MOJ-02', '    title: x'),
      'mof.yaml': file('MOF', task('MOF-01', 'depends_on: [MOJ-02], coordinating: [MOJ]')),
    },
    expect: ['moj.yaml:4:12 [yaml-syntax] the quote that opens the title is never closed; end it on this line: title: "Unclosed" (nothing else in this file is checked until this is fixed)'],
  },
  'an id in a file that cannot be parsed can still be a duplicate': {
    files: { 'moj.yaml': file('MOJ', '  - id: MOF-01', '    title: a: b'), 'mof.yaml': file('MOF', task('MOF-01')) },
    expect: ['mof.yaml:3:10 [duplicate-id] task id MOF-01 is used twice: moj.yaml:3 and mof.yaml:3', 'moj.yaml:4:12 [yaml-syntax] quote the title'],
  },
  'a "#" that cuts a title short': {
    files: { 'moj.yaml': file('MOJ', '  - id: MOJ-01', '    title: Implement Decree #59', '    owner: O', '    deadline: 2024', '    status: not_started', '    result: R') },
    expect: ['moj.yaml:4:29 [comment-in-text] the title is read as "Implement Decree": "#59" starts a YAML comment; if it is part of the title, quote it: title: "Implement Decree #59"'],
  },
  'a syntax error hides nothing in the other files': {
    files: { 'moj.yaml': 'ministry: {code: MOJ\n', 'mof.yaml': file('MOF', task('MOF-01', 'status: overdue')) },
    expect: ['mof.yaml:3:26 [schema] computed', 'moj.yaml:2:1 [yaml-syntax] '],
  },
  'duplicate key': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'owner: A, owner: B')) },
    expect: ['moj.yaml:3:28 [duplicate-key] duplicate key'],
  },

  // schema
  'unknown key, with the nearest known key': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'titel: T')) },
    expect: ['moj.yaml:3:18 [schema] unknown key "titel"; did you mean "title"?'],
  },
  'unknown key with nothing near': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'priority: high')) },
    expect: ['moj.yaml:3:18 [schema] unknown key "priority"'],
  },
  'unknown key in the ministry': {
    files: { 'moj.yaml': 'ministry: {code: MOJ, name: Justice, nam_vi: Bộ Tư pháp}\ntasks: []\n' },
    expect: ['moj.yaml:1:38 [schema] unknown key "nam_vi"; did you mean "name_vi"?'],
  },
  'unknown key in an extension': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-06, reason: r, aproved: 2024-05-01}]')) },
    expect: ['moj.yaml:3:58 [schema] unknown key "aproved"; did you mean "approved"?'],
  },
  'unknown top-level key': {
    files: { 'moj.yaml': 'ministry: {code: MOJ, name: Justice}\ntaks: []\n' },
    expect: ['moj.yaml:1:1 [schema] missing required key "tasks"', 'moj.yaml:2:1 [schema] unknown key "taks"; did you mean "tasks"?'],
  },
  'status overdue is computed': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: overdue')) },
    expect: ['moj.yaml:3:26 [schema] status "overdue" cannot be stored: overdue, at risk and blocked are computed'],
  },
  'status blocked is computed': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: blocked')) },
    expect: ['moj.yaml:3:26 [schema] computed from deadlines and dependencies'],
  },
  'status with a typo': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: in-progress')) },
    expect: ['moj.yaml:3:26 [schema] status "in-progress" is not one of not_started, in_progress, done, recurring, cancelled; did you mean "in_progress"?'],
  },
  'missing owner': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', '', 'owner')) },
    expect: ['moj.yaml:3:5 [schema] missing required key "owner" (clear people: who is responsible)'],
  },
  'missing title': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', '', 'title')) },
    expect: ['moj.yaml:3:5 [schema] missing required key "title" (clear work: what is to be done)'],
  },
  'missing deadline': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', '', 'deadline')) },
    expect: ['moj.yaml:3:5 [schema] missing required key "deadline" (clear time): only a recurring task may have none'],
  },
  'no deadline needed when recurring': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: recurring', 'deadline')) },
    expect: [],
  },
  'missing status': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', '', 'status')) },
    expect: ['moj.yaml:3:5 [schema] missing required key "status"'],
  },
  'missing ministry name': {
    files: { 'moj.yaml': 'ministry: {code: MOJ}\ntasks: []\n' },
    expect: ['moj.yaml:1:11 [schema] missing required key "name"'],
  },
  'a number for text': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'owner: 5')) },
    expect: ['moj.yaml:3:25 [schema] owner must be text (found 5)'],
  },
  'empty text': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'owner: ""')) },
    expect: ['moj.yaml:3:25 [schema] owner must not be empty'],
  },
  'a deadline of the wrong shape': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'deadline: 2024-13')) },
    expect: ['moj.yaml:3:28 [schema] a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (found "2024-13")'],
  },
  'a year deadline out of range': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'deadline: 20245')) },
    expect: ['moj.yaml:3:28 [schema] a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (found 20245)'],
  },
  'an extension from of the wrong shape': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: soon, reason: r}]')) },
    expect: ['moj.yaml:3:38 [schema] a deadline is YYYY-MM-DD'],
  },
  'a lowercase ministry code': {
    files: { 'moj.yaml': 'ministry: {code: moj, name: Justice}\ntasks: []\n' },
    expect: ['moj.yaml:1:18 [schema] an agency code is 2 to 16 capital letters or digits'],
  },
  'tasks that is not a list': {
    files: { 'moj.yaml': 'ministry: {code: MOJ, name: Justice}\ntasks: none\n' },
    expect: ['moj.yaml:2:8 [schema] tasks is a list (write "tasks: []" for none)'],
  },
  'one bad task hides nothing of the next': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'owner: 5'), task('MOJ-02', 'status: done')) },
    expect: ['moj.yaml:3:25 [schema] owner must be text', 'moj.yaml:4:26 [completed-missing] '],
  },

  // invalid-date
  'a deadline that does not exist': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'deadline: 2024-02-30')) },
    expect: ['moj.yaml:3:28 [invalid-date] 2024-02-30 is not a real date'],
  },
  'a completion date that does not exist': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done, completed: 2023-02-29')) },
    expect: ['moj.yaml:3:43 [invalid-date] 2023-02-29 is not a real date'],
  },
  'a date that does not exist in a task that also fails the schema': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'deadline: 2024-02-30, ownr: X')) },
    expect: ['moj.yaml:3:28 [invalid-date] 2024-02-30 is not a real date', 'moj.yaml:3:40 [schema] unknown key "ownr"; did you mean "owner"?'],
  },
  'an entry listed twice shifts no later position (block lists)': {
    files: {
      'moj.yaml': file(
        'MOJ',
        task('MOJ-01'),
        '  - id: MOJ-02',
        '    title: T',
        '    owner: O',
        '    deadline: 2024-12-31',
        '    status: in_progress',
        '    result: R',
        '    depends_on:',
        '      - MOJ-01',
        '      - MOJ-01',
        '      - MOJ-99',
        '    coordinating:',
        '      - MOF',
        '      - MOF',
        '      - MFO',
      ),
      'mof.yaml': file('MOF'),
    },
    expect: [
      'moj.yaml:12:9 [schema] depends_on lists MOJ-01 twice',
      'moj.yaml:13:9 [unknown-dependency] depends on MOJ-99, which no task has; did you mean MOJ-01?',
      'moj.yaml:16:9 [schema] coordinating lists MOF twice',
      'moj.yaml:17:9 [unknown-agency] agency MFO has no task file',
    ],
  },
  'a dependency listed twice': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-02', 'depends_on: [MOJ-01, MOJ-01]')) },
    expect: ['moj.yaml:4:39 [schema] depends_on lists MOJ-01 twice'],
  },
  'a file that cannot be read does not stop the others': {
    files: { 'moh.yaml': { error: 'EACCES' }, 'moj.yaml': file('MOJ', task('MOJ-01', 'status: overdue')) },
    expect: ['moh.yaml:1:1 [file-unreadable] cannot read the file (EACCES)', 'moj.yaml:3:26 [schema] status "overdue" cannot be stored'],
  },
  'extension dates that do not exist': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-04-31, reason: r, approved: 2024-06-31}]')) },
    expect: ['moj.yaml:3:38 [invalid-date] 2024-04-31 is not a real date', 'moj.yaml:3:71 [invalid-date] 2024-06-31 is not a real date'],
  },

  // id-prefix, duplicate-id, duplicate-ministry
  "an id that does not start with the file's code": {
    files: { 'moj.yaml': file('MOJ', task('MOF-01')) },
    expect: [`moj.yaml:3:10 [id-prefix] task id MOF-01 does not start with this file's code "MOJ-"`],
  },
  'the same id twice in a file': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-01')) },
    expect: ['moj.yaml:4:10 [duplicate-id] task id MOJ-01 is used twice: moj.yaml:3 and moj.yaml:4'],
  },
  'the same id in two files': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01')), 'mof.yaml': file('MOF', task('MOF-01'), task('MOJ-01')) },
    expect: ['mof.yaml:4:10 [duplicate-id] task id MOJ-01 is used twice: moj.yaml:3 and mof.yaml:4', 'mof.yaml:4:10 [id-prefix] '],
  },
  'an id of a task that failed the schema still counts': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'owner: 5'), task('MOJ-01')) },
    expect: ['moj.yaml:3:25 [schema] ', 'moj.yaml:4:10 [duplicate-id] moj.yaml:3 and moj.yaml:4'],
  },
  'two files with the same ministry': {
    files: { 'moj.yaml': file('MOJ'), 'justice.yaml': file('MOJ') },
    expect: ['justice.yaml:1:18 [duplicate-ministry] ministry MOJ is also kept in moj.yaml:1; one file per ministry'],
  },

  // dependencies
  'an unknown dependency, with the closest id': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [MOJ-2]'), task('MOJ-02')) },
    expect: ['moj.yaml:3:31 [unknown-dependency] depends on MOJ-2, which no task has; did you mean MOJ-02?'],
  },
  'an unknown dependency in another file': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [MOF-10]')), 'mof.yaml': file('MOF', task('MOF-01')) },
    expect: ['moj.yaml:3:31 [unknown-dependency] depends on MOF-10, which no task has; did you mean MOF-01?'],
  },
  'an unknown dependency with nothing near': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [GO-99]')) },
    expect: ['moj.yaml:3:31 [unknown-dependency] depends on GO-99, which no task has'],
  },
  'a task that depends on itself': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [MOJ-01]')) },
    expect: ['moj.yaml:3:31 [self-dependency] task MOJ-01 depends on itself'],
  },
  'a dependency cycle across files, named in full': {
    files: {
      'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [MOF-01]')),
      'mof.yaml': file('MOF', task('MOF-01', 'depends_on: [MOF-02]'), task('MOF-02', 'depends_on: [MOJ-01]')),
    },
    expect: ['mof.yaml:3:31 [dependency-cycle] dependency cycle: MOF-01 → MOF-02 → MOJ-01 → MOF-01'],
  },
  'a done task that depends on an open one': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done, completed: 2024-05-01, depends_on: [MOJ-02]'), task('MOJ-02')) },
    expect: ['moj.yaml:3:68 [done-with-open-dependency] task is done but depends on MOJ-02, which is still in_progress'],
  },
  'a dependency on a cancelled task': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'depends_on: [MOJ-02]'), task('MOJ-02', 'status: cancelled')) },
    expect: ['moj.yaml:3:31 [dependency-cancelled] depends on MOJ-02, which is cancelled'],
  },

  // completion
  'done without a completion date': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done')) },
    expect: ['moj.yaml:3:26 [completed-missing] task MOJ-01 is done but has no "completed" date'],
  },
  'a completion date on an open task': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'completed: 2024-05-01')) },
    expect: ['moj.yaml:3:29 [completed-unexpected] "completed" is set but status is in_progress'],
  },
  'completed after as_of': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done, completed: 2024-07-01')) },
    expect: ['moj.yaml:3:43 [completed-in-future] completed 2024-07-01 is after 2024-06-30 (as of)'],
  },
  'completed on as_of': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done, completed: 2024-06-30')) },
    expect: [],
  },
  'completed in the future is relative to as_of': {
    asOf: '2024-07-01',
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'status: done, completed: 2024-07-01')) },
    expect: [],
  },

  // extensions
  'extensions oldest first': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-03, reason: a}, {from: 2024-06, reason: b}]')) },
    expect: [],
  },
  'an extension not later than the one before': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-06, reason: a}, {from: 2024-03, reason: b}]')) },
    expect: ['moj.yaml:3:66 [extension-order] extension from 2024-03 is not later than the one before it (2024-06)'],
  },
  'an extension from a due date equal to the one before': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-Q1, reason: a}, {from: 2024-03-31, reason: b}]')) },
    expect: ['moj.yaml:3:66 [extension-order] extension from 2024-03-31 is not later than the one before it (2024-Q1)'],
  },
  'an extension not earlier than the current deadline': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2025-Q1, reason: a}]')) },
    expect: ['moj.yaml:3:38 [extension-order] extension from 2025-Q1 is not earlier than the current deadline 2024-12-31'],
  },
  'an extension from the current deadline itself': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'extensions: [{from: 2024-H2, reason: a}]')) },
    expect: ['moj.yaml:3:38 [extension-order] not earlier than the current deadline'],
  },

  // SPEC §10: assigned
  'assigned after completed': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'assigned: 2024-05-02, status: done, completed: 2024-05-01')) },
    expect: ['moj.yaml:3:28 [assigned-order] assigned 2024-05-02 is after completed 2024-05-01: a task cannot be done before it is given'],
  },
  'assigned after an extension was approved': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'assigned: 2024-05-02, extensions: [{from: 2024-06, reason: a, approved: 2024-05-01}]')) },
    expect: ['moj.yaml:3:28 [assigned-order] assigned 2024-05-02 is after the extension from 2024-06 approved 2024-05-01'],
  },
  'assigned on the day it was completed': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'assigned: 2024-05-01, status: done, completed: 2024-05-01')) },
    expect: [],
  },
  'assigned after as_of': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'assigned: 2024-07-01')) },
    expect: ['moj.yaml:3:28 [assigned-in-future] assigned 2024-07-01 is after 2024-06-30 (as of)'],
  },
  'an assigned date that does not exist': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'assigned: 2024-02-30')) },
    expect: ['moj.yaml:3:28 [invalid-date] 2024-02-30 is not a real date'],
  },

  // SPEC §10: leader
  'no leader, where p06.yaml requires one': {
    requireLeader: true,
    files: { 'moj.yaml': file('MOJ', task('MOJ-01'), task('MOJ-02', 'leader: Deputy Minister A')) },
    expect: ['moj.yaml:3:5 [missing-leader] task MOJ-01 has no "leader" (clear responsibilities'],
  },
  'no leader, where none is required': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01')) },
    expect: [],
  },

  // SPEC §10: recurring duties with a period
  'every on a task that is not recurring': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'every: quarter')) },
    expect: ['moj.yaml:3:25 [schema] "every" is for recurring duties, but status is in_progress'],
  },
  'every is one of four periods': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'every: week, status: recurring')) },
    expect: ['moj.yaml:3:25 [schema] every is one of month, quarter, half, year'],
  },
  'reported without every': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'reported: 2024-Q1, status: recurring')) },
    expect: ['moj.yaml:3:28 [schema] "reported" needs "every"'],
  },
  'reported in another form than every': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'every: quarter, reported: 2024-06, status: recurring')) },
    expect: ['moj.yaml:3:44 [schema] reported 2024-06 is not a quarter; with every: quarter, write the period as 2024-Q3'],
  },
  'a recurring duty reported by quarter and by year': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'every: quarter, reported: 2024-Q1, status: recurring'), task('MOJ-02', 'every: year, reported: 2023, status: recurring')) },
    expect: [],
  },

  // SPEC §10: reorganisation
  'a task transferred from the body its id names': {
    files: { 'moha.yaml': file('MOHA', task('MOLISA-1', 'transferred_from: MOLISA')), 'molisa.yaml': file('MOLISA') },
    expect: [],
  },
  'transferred from a body its id does not name': {
    files: { 'moha.yaml': file('MOHA', task('MOLISA-1', 'transferred_from: MOH')), 'moh.yaml': file('MOH') },
    expect: ['moha.yaml:3:38 [id-prefix] task id MOLISA-1 does not start with "MOH-", the body it was transferred from'],
  },
  'a task from another body without transferred_from': {
    files: { 'moha.yaml': file('MOHA', task('MOLISA-1')) },
    expect: ['moha.yaml:3:10 [id-prefix] task id MOLISA-1 does not start with this file\'s code "MOHA-"; if it moved here from MOLISA, say so with transferred_from'],
  },
  'transferred from an unknown body': {
    files: { 'moha.yaml': file('MOHA', task('MOLISA-1', 'transferred_from: MOLISA')) },
    expect: ['moha.yaml:3:38 [unknown-agency] agency MOLISA has no task file'],
  },
  'an open task left in a merged body': {
    files: {
      'moha.yaml': file('MOHA'),
      'molisa.yaml': [
        'ministry: {code: MOLISA, name: Ministry MOLISA, merged_into: MOHA, merged_on: 2025-03-01}',
        'tasks:',
        task('MOLISA-1', 'status: done, completed: 2024-02-01'),
        task('MOLISA-2', 'status: cancelled'),
        task('MOLISA-3'),
        task('MOLISA-4', 'status: recurring'),
      ].join('\n'),
    },
    expect: [
      'molisa.yaml:5:78 [task-in-merged-body] task MOLISA-3 is in_progress but MOLISA was merged into MOHA: move it to MOHA\'s file (keeping its id, with transferred_from: MOLISA), or set it done or cancelled',
      'molisa.yaml:6:28 [task-in-merged-body] task MOLISA-4 is recurring but MOLISA was merged into MOHA',
    ],
  },
  'merged_into without merged_on': {
    files: { 'mic.yaml': 'ministry: {code: MIC, name: Ministry MIC, merged_into: MOST}\ntasks: []\n' },
    expect: ['mic.yaml:1:56 [schema] merged_into needs merged_on: a merger names both the successor and the day'],
  },
  'merged into a body that does not exist': {
    files: { 'mic.yaml': 'ministry: {code: MIC, name: Ministry MIC, merged_into: MOST, merged_on: 2025-03-01}\ntasks: []\n' },
    expect: ['mic.yaml:1:56 [unknown-agency] agency MOST has no task file'],
  },
  'a ministry header with every new key': {
    files: { 'mic.yaml': 'ministry: {code: MIC, name: M, name_vi: Bộ Thông tin và Truyền thông, abbr_vi: BTTTT, kind: ministry}\ntasks: []\n' },
    expect: [],
  },
  'kind is ministry, agency or province': {
    files: { 'mic.yaml': 'ministry: {code: MIC, name: M, kind: city}\ntasks: []\n' },
    expect: ['mic.yaml:1:38 [schema] kind is one of ministry, agency, province'],
  },

  // file-too-large, encoding
  'a file over the size limit': {
    maxBytes: 100,
    files: { 'big.yaml': file('BIG', task('BIG-01')), 'moj.yaml': file('MOJ') },
    expect: ['big.yaml:1:1 [file-too-large] 153 bytes is over the limit of 100 bytes (max_file_bytes in p06.yaml)'],
  },
  'invalid UTF-8': {
    files: { 'moj.yaml': Buffer.concat([Buffer.from(file('MOJ', task('MOJ-01', 'title: Caf'))), Buffer.from([0xe9])]) },
    expect: ['moj.yaml:4:1 [encoding] not valid UTF-8 (byte 0xE9 at offset 152)'],
  },
  'invalid UTF-8 inside a value': {
    files: { 'moj.yaml': Buffer.from('ministry: {code: MOJ, name: Caf\xe9}\ntasks: []\n', 'latin1') },
    expect: ['moj.yaml:1:32 [encoding] byte 0xE9 at offset 31'],
  },

  // warnings
  'no result': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', '', 'result')) },
    expect: ['moj.yaml:3:5 [missing-result] task MOJ-01 has no "result" (clear results'],
  },
  'an unknown agency': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'coordinating: [MPS]')) },
    expect: ['moj.yaml:3:33 [unknown-agency] agency MPS has no task file and is not listed under "agencies" in p06.yaml'],
  },
  'an unknown agency that looks like a known one': {
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'coordinating: [MFO]')), 'mof.yaml': file('MOF') },
    expect: ['moj.yaml:3:33 [unknown-agency] agency MFO has no task file and is not listed under "agencies" in p06.yaml; did you mean MOF?'],
  },
  'agencies with a file or listed in p06.yaml are known': {
    agencies: { SBV: 'State Bank of Vietnam' },
    files: { 'moj.yaml': file('MOJ', task('MOJ-01', 'coordinating: [SBV, MOF, MOJ]')), 'mof.yaml': file('MOF') },
    expect: [],
  },
  'a file not named after its code': {
    files: { 'justice.yaml': file('MOJ') },
    expect: ['justice.yaml:1:18 [file-name] file is named "justice" but holds MOJ; name it moj.yaml'],
  },
  'a .yml file in a subfolder named after its code': {
    files: { 'data/provinces/thanhhoa.yml': file('THANHHOA') },
    expect: [],
  },
};

describe('validation rules (SPEC §6)', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => expectProblems(c));

  // Rules that only `p06 review` reports, comparing two revisions.
  const REVIEW_ONLY = new Set<string>(['task-removed', 'unrecorded-extension', 'history-rewritten', 'reopened', 'promises-unchecked']);
  const covered = new Set(Object.values(CASES).flatMap((c) => c.expect.map((e) => /\[([a-z-]+)\]/.exec(e)![1])));
  it.each([...ERROR_RULES, ...WARNING_RULES].filter((r: RuleId) => !REVIEW_ONLY.has(r)))('%s has a case', (rule) => {
    expect(covered.has(rule)).toBe(true);
  });

  it.each([
    ['error', ERROR_RULES],
    ['warning', WARNING_RULES],
  ] as const)('%s rules are reported with severity %s', (severity, rules) => {
    const seen = Object.values(CASES).flatMap((c) => validate(c).problems);
    for (const p of seen.filter((p) => (rules as readonly string[]).includes(p.rule))) expect(p.severity).toBe(severity);
  });
});
