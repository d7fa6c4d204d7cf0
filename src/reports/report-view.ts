import type { Day } from '../domain/calendar.js';

// What a report looks like, without saying how it is drawn: sections of
// typed cells that every tabular format (table, Markdown, CSV, and formats
// to come) prints its own way.

export type Tone = 'bad' | 'warn' | 'good' | 'dim' | 'strong';

/** The typed value behind a cell's text, for formats that keep types (a spreadsheet). */
export type CellValue = { type: 'number'; value: number } | { type: 'date'; day: Day };

export interface Cell {
  /** Raw text from the data or the report; each format makes it safe its own way. */
  text: string;
  tone?: Tone;
  value?: CellValue;
  /** The text as written in the data, for a data format that prints the typed value beside it (a deadline "2024-Q1" beside its due date). */
  written?: string;
}

export interface Column {
  header: string;
  align?: 'right';
  /** Free text that may wrap when the terminal is narrow. */
  flex?: boolean;
  /** The header abbreviated, for a table that does not fit the terminal with the full headers. */
  short?: string;
  /**
   * When a drawn table does not fit the terminal, columns are left out in
   * ascending `drop` order (1 first); a column without one is never left out.
   */
  drop?: number;
  /** A free-text column is not wrapped narrower than this (padding included) before other columns are left out. */
  min?: number;
  /** A picture of another column (the progress bar): drawn formats show it, data formats (CSV) leave it out. */
  picture?: boolean;
  /** Data formats (CSV) add, right after this column, one headed so with each cell's typed value (a due date as YYYY-MM-DD), for sorting. */
  sortable?: string;
}

export interface Section {
  heading: string;
  columns: Column[];
  rows: Cell[][];
  /** Lines said between the heading and the table, in every format that has headings (the filter, files left out). */
  notes?: string[];
  /** Rows a data format (CSV), which has no heading, adds after the table to say what the notes say (files left out). */
  trailer?: Cell[][];
  /** Said instead of the table when there are no rows. */
  empty: string;
}

/** A text cell. */
export const cell = (text: string, tone?: Tone): Cell => (tone === undefined ? { text } : { text, tone });

/** A number cell: right-aligned text, a number in a spreadsheet. */
export const numberCell = (n: number, tone?: Tone, text = String(n)): Cell => ({ ...cell(text, tone), value: { type: 'number', value: n } });
