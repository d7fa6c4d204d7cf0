import type { Checked } from '../../edit/check-edit.js';
import type { TaskRecord } from '../../domain/records.js';
import { sayUserError } from '../../i18n/errors.js';
import { fileOfTask } from '../edit-session.js';

/** The validated record of task `id`; a task that fails validation must be fixed first (p06 set can fix a field). */
export function taskRecord(checked: Checked, id: string): TaskRecord {
  const file = fileOfTask(checked, id);
  const record = checked.validation.tasks.find((t) => t.id === id);
  if (record === undefined) throw sayUserError((w) => w.edit.taskHasErrors(id, file));
  return record;
}
