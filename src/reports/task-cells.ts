import type { Words } from '../i18n/en.js';
import type { Task } from '../model/dataset.js';
import { cell, type Cell, type Column } from './report-view.js';

// The columns most task reports open with, so every report words them the same.

export function taskColumns(w: Words): Column[] {
  return [{ header: w.column.id }, { header: w.column.ministry }, { header: w.column.title, flex: true }, { header: w.column.owner, flex: true }, { header: w.column.deadline, flex: true }];
}

export function taskCells(t: Task, w: Words): Cell[] {
  return [cell(t.id, 'strong'), cell(w.code(t.ministry, t.ministryVi)), cell(t.record.title), cell(t.record.owner), deadlineCell(t, w)];
}

/** The deadline as written (and its due date); its value carries the due date, so a spreadsheet can sort by it. */
export function deadlineCell(t: Task, w: Words): Cell {
  const c = cell(w.deadline(t.deadline));
  return t.due === undefined ? c : { ...c, value: { type: 'deadline', due: t.due } };
}
