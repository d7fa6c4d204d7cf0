import type { Day } from '../domain/calendar.js';

// What a report looks like, without saying how it is drawn: sections of
// typed cells that every tabular format (table, Markdown, CSV, and formats
// to come) prints its own way.

export type Tone = 'bad' | 'warn' | 'good' | 'dim' | 'strong';

/**
 * The typed value behind a cell's text, for formats that keep types (a
 * spreadsheet). A deadline's text is the deadline as written ("2024-Q1");
 * `due` is the day it falls due, so a spreadsheet can show both.
 */
export type CellValue = { type: 'number'; value: number } | { type: 'date'; day: Day } | { type: 'deadline'; due: Day };

export interface Cell {
  /** Raw text from the data or the report; each format makes it safe its own way. */
  text: string;
  tone?: Tone;
  value?: CellValue;
}

export interface Column {
  header: string;
  align?: 'right';
  /** Free text that may wrap when the terminal is narrow. */
  flex?: boolean;
}

export interface Section {
  heading: string;
  columns: Column[];
  rows: Cell[][];
  /** Said instead of the table when there are no rows. */
  empty: string;
}

/** A text cell. */
export const cell = (text: string, tone?: Tone): Cell => (tone === undefined ? { text } : { text, tone });

/** A number cell: right-aligned text, a number in a spreadsheet. */
export const numberCell = (n: number, tone?: Tone, text = String(n)): Cell => ({ ...cell(text, tone), value: { type: 'number', value: n } });
