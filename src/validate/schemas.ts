import { z } from 'zod';
import { LANGS } from '../i18n/langs.js';
import { DATE_PATTERN, DEADLINE_PATTERN } from '../domain/deadline.js';

// The single source of the data format: validation uses these schemas and
// schemas/*.json (what editors check against as people type) is generated
// from them by `npm run schemas`; a test fails when the two drift apart.

import { STATUSES } from '../domain/status.js';
import { MAX_FILE_BYTES_LIMIT } from './settings.js';
import { EVERY } from '../domain/period.js';

export { STATUSES, type Status } from '../domain/status.js';

export const CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;
export const TASK_ID_PATTERN = /^([A-Z][A-Z0-9]{1,15})-[A-Za-z0-9][A-Za-z0-9._-]*$/;

const text = (what: string) => z.string({ error: `${what} must be text` }).min(1, { error: `${what} must not be empty` });

const code = z
  .string({ error: 'an agency code must be text' })
  .regex(CODE_PATTERN, { error: 'an agency code is 2 to 16 capital letters or digits, starting with a letter (e.g. MPS)' });

const date = (what: string) =>
  z.string({ error: `${what} must be a date YYYY-MM-DD` }).regex(DATE_PATTERN, { error: `${what} must be a date YYYY-MM-DD` });

const DEADLINE_ERROR = 'a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY';

// Each branch carries the message too: when one branch fails only its check
// ("2024-13", 20245), Zod reports that branch's issue, not the union's.
const deadline = z
  .union([z.string({ error: DEADLINE_ERROR }).regex(DEADLINE_PATTERN, { error: DEADLINE_ERROR }), z.number({ error: DEADLINE_ERROR }).int({ error: DEADLINE_ERROR }).min(1000, { error: DEADLINE_ERROR }).max(9999, { error: DEADLINE_ERROR })], {
    error: DEADLINE_ERROR,
  })
  .describe('YYYY-MM-DD, YYYY-MM (month), YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (year); due on the last day of that period');

export const ExtensionSchema = z
  .strictObject({
    from: deadline.describe('The deadline before this extension, in any deadline form'),
    reason: text('reason').describe('Why the deadline moved'),
    approved: date('approved').optional().describe('When the extension was approved (YYYY-MM-DD)'),
  }, { error: 'an extension is a mapping: {from, reason, approved}' })
  .describe('One time the deadline moved later');

export const KINDS = ['ministry', 'agency', 'province'] as const;

export const TaskSchema = z
  .strictObject({
    id: z
      .string({ error: 'id must be text' })
      .regex(TASK_ID_PATTERN, { error: 'a task id is "<CODE>-<suffix>", e.g. MOJ-01' })
      .describe('Unique task id: the ministry code, a hyphen and a suffix (e.g. MOJ-01)'),
    title: text('title').describe('Clear work: what is to be done'),
    owner: text('owner').describe('Clear people: the unit responsible'),
    leader: text('leader').optional().describe('Clear responsibilities: the named leader responsible (e.g. Deputy Minister Nguyen Van A); a warning when missing if p06.yaml sets require_leader'),
    deadline: deadline.optional().describe('Clear time: required unless status is recurring. ' + deadline.description),
    status: z
      .enum(STATUSES, { error: `status is one of ${STATUSES.join(', ')}` })
      .describe('not_started, in_progress, done, recurring (a standing duty) or cancelled. Overdue, at risk and blocked are computed, never stored'),
    completed: date('completed').optional().describe('Date the task was done (YYYY-MM-DD): required when status is done, forbidden otherwise'),
    every: z
      .enum(EVERY, { error: `every is one of ${EVERY.join(', ')}` })
      .optional()
      .describe('Recurring duties only: the period a report is due for (month, quarter, half or year), on its last day; a missed period is overdue'),
    reported: z
      .union([z.string({ error: 'reported is a period such as 2024-Q3' }), z.number({ error: 'reported is a period such as 2024-Q3' }).int()], { error: 'reported is a period such as 2024-Q3' })
      .optional()
      .describe('Recurring duties with "every" only: the last period reported on, in the form of "every" (2024-09, 2024-Q3, 2024-H2 or 2024)'),
    result: text('result').optional().describe('Clear results: the expected output'),
    depends_on: z.array(z.string({ error: 'a dependency is a task id' }), { error: 'depends_on is a list of task ids' }).optional().describe('Task ids (anywhere in the dataset) this task waits on'),
    coordinating: z.array(code, { error: 'coordinating is a list of agency codes' }).optional().describe('Clear responsibilities: codes of the agencies that coordinate'),
    extensions: z.array(ExtensionSchema, { error: 'extensions is a list of {from, reason, approved}' }).optional().describe('Every time the deadline moved later, oldest first'),
    assigned: date('assigned').optional().describe('The day the task was given (YYYY-MM-DD); a report for an earlier day does not know the task'),
    assigned_by: text('assigned_by').optional().describe('The document that gave the task (e.g. Notice 35/TB-VPCP of 2024-02-02)'),
    source: text('source').optional().describe('Where the task was assigned (e.g. a meeting conclusion)'),
    refs: z.array(text('a reference'), { error: 'refs is a list of document names' }).optional().describe('Official documents the task concerns (e.g. Decree 59/2022/ND-CP)'),
    obstacle: text('obstacle').optional().describe('What holds the task up and needs a decision above the owner; shown wherever the task is'),
    transferred_from: code.optional().describe('The body the task came from, when it moved to this file keeping its id (its id starts with that code)'),
    notes: z.string({ error: 'notes must be text' }).optional().describe('Free text'),
  }, { error: 'a task is a mapping of keys (id, title, owner, deadline, status, …)' })
  .describe('One task');

export const MinistrySchema = z
  .strictObject({
    code: code.describe('Ministry, agency or province code, unique in the dataset (e.g. MOJ); the file is named after it in lower case'),
    name: text('name').describe('Name in English'),
    name_vi: text('name_vi').optional().describe('Name in Vietnamese'),
    abbr_vi: text('abbr_vi').optional().describe('Vietnamese abbreviation (e.g. BTP); accepted wherever a code is'),
    kind: z.enum(KINDS, { error: `kind is one of ${KINDS.join(', ')}` }).optional().describe('ministry, agency or province (default ministry); the programme counts ministries and agencies apart from localities'),
    merged_into: code.optional().describe('The body this one was merged into (with merged_on); only done, cancelled or moved tasks may stay here'),
    merged_on: date('merged_on').optional().describe('The day of the merger (YYYY-MM-DD; with merged_into)'),
  }, { error: 'ministry is a mapping with code and name' })
  .describe('Who keeps this file');

export const MinistryFileSchema = z
  .strictObject({
    ministry: MinistrySchema,
    tasks: z.array(TaskSchema, { error: 'tasks is a list (write "tasks: []" for none)' }).describe('The tasks of this ministry'),
  })
  .describe('A p06 task file: one ministry, agency or province and its tasks');

/** The file without its tasks: each task is checked on its own so one bad task hides nothing else. */
export const FileShellSchema = MinistryFileSchema.extend({
  tasks: z.array(z.unknown(), { error: 'tasks is a list (write "tasks: []" for none)' }),
});

export const ConfigSchema = z
  .strictObject({
    data: text('data').optional().describe('Data directory, relative to this file (default: data)'),
    timezone: text('timezone').optional().describe('IANA time zone that decides what "today" is (e.g. Asia/Ho_Chi_Minh); default: the machine\'s'),
    at_risk_days: z.number({ error: 'at_risk_days must be a whole number of days' }).int({ error: 'at_risk_days must be a whole number of days' }).min(0).max(3660).optional().describe('The at-risk window in days (default 14)'),
    max_file_bytes: z.number({ error: 'max_file_bytes must be a number of bytes' }).int().min(1).max(MAX_FILE_BYTES_LIMIT, { error: `max_file_bytes is at most ${MAX_FILE_BYTES_LIMIT} (16 MiB): larger files need more memory than the parser can have` }).optional().describe(`Largest task file accepted, in bytes (default 1048576, at most ${MAX_FILE_BYTES_LIMIT})`),
    agencies: z.record(code, text('an agency name'), { error: 'agencies maps codes to names' }).optional().describe('Agencies that take part but keep no task file: code → name'),
    lang: z.enum(LANGS, { error: `lang is one of ${LANGS.join(', ')}` }).optional().describe('Language of what a person reads: en (default) or vi; --lang overrides it'),
    require_leader: z.boolean({ error: 'require_leader is true or false' }).optional().describe('Warn about every task without a named leader (default false)'),
    escalate_after_days: z.number({ error: 'escalate_after_days must be a whole number of days' }).int({ error: 'escalate_after_days must be a whole number of days' }).min(0).max(36600).optional().describe('Tasks overdue longer than this need a decision (default 90)'),
  }, { error: 'p06.yaml is a mapping of settings (data, timezone, at_risk_days, max_file_bytes, agencies, require_leader, escalate_after_days, lang)' })
  .describe('p06 configuration');

export type TaskInput = z.infer<typeof TaskSchema>;
export type MinistryInput = z.infer<typeof MinistrySchema>;
export type ConfigInput = z.infer<typeof ConfigSchema>;
