import type { Words } from '../i18n/en.js';
import type { Task } from '../model/dataset.js';
import { cell, type Cell, type Column } from './report-view.js';

// The columns most task reports open with, so every report words them the same.

/** Narrowest a title is wrapped to before other columns are left out (padding included). */
export const TITLE_MIN = 26;

/**
 * ID, ministry, title, owner, deadline. `drop` is the report's order for
 * leaving ministry, owner and deadline out of a table that does not fit the
 * terminal (README, "Tables that fit"); the id and the title always stay.
 * The ministry goes first everywhere: the id begins with its code.
 */
export function taskColumns(w: Words, drop: { owner: number; deadline: number }): Column[] {
  return [
    { header: w.column.id },
    { header: w.column.ministry, drop: 1 },
    { header: w.column.title, flex: true, min: TITLE_MIN },
    { header: w.column.owner, flex: true, drop: drop.owner },
    { header: w.column.deadline, flex: true, drop: drop.deadline, sortable: w.column.due },
  ];
}

export function taskCells(t: Task, w: Words): Cell[] {
  return [cell(t.id, 'strong'), cell(w.code(t.ministry, t.ministryVi)), cell(t.record.title), cell(t.record.owner), deadlineCell(t, w)];
}

/** The deadline as written (and its due date); its value carries the due date, so a spreadsheet can sort by it. */
export function deadlineCell(t: Task, w: Words): Cell {
  const c = cell(w.deadline(t.deadline));
  if (t.due === undefined) return c;
  return { ...c, value: { type: 'date', day: t.due }, ...(t.deadline === undefined ? {} : { written: t.deadline.text }) };
}
